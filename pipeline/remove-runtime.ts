/**
 * Static reading pages. `next build` exports every page with the React/Next.js runtime: async
 * <script src=/_next/…> chunks, their preloads, and inline `self.__next_f` scripts carrying
 * the React Server Components payload (the whole page a second time), plus `.txt` payload
 * files for client navigation. Our pages are server components whose HTML is complete
 * without any of it; the few interactive parts are small modules of our own
 * (client/, compiled by scripts/build-client.mjs). This step removes the runtime from the
 * exported HTML with an HTML parser, then deletes the files nothing loads any more.
 *
 * What a page keeps: its CSS, our module script(s), and the inline scripts we render
 * ourselves with `data-keep` (the theme script) or a non-executable type (JSON-LD) or
 * speculation rules. What it loses: Next's client-side router (links are plain navigations,
 * made instant by speculation rules), which no reading page needs.
 */
import { existsSync } from 'node:fs';
import { readdir, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';

import { PLACEHOLDER } from '../lib/placeholder';
import { eachLimited } from './each-limited';

const RUNTIME = '/_next/';
const UNLINKS_IN_FLIGHT = 64;
const KEPT_TYPES = new Set(['application/ld+json', 'speculationrules']);

function isOurs(script: HTMLElement): boolean {
  const src = script.getAttribute('src');
  if (src !== undefined) return !src.includes(RUNTIME);
  const type = (script.getAttribute('type') ?? '').toLowerCase();
  return KEPT_TYPES.has(type) || script.hasAttribute('data-keep');
}

/**
 * Removes the framework runtime from one parsed page, in place; returns how many elements it
 * removed. `file` names the page in errors.
 */
export function withoutRuntime(root: HTMLElement, file = 'a page'): number {
  let removed = 0;
  for (const script of root.querySelectorAll('script')) {
    if (isOurs(script)) continue;
    script.remove();
    removed += 1;
  }
  for (const link of root.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const as = (link.getAttribute('as') ?? '').toLowerCase();
    if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) {
      link.remove();
      removed += 1;
    }
  }
  // React leaves an empty hidden <div> where Next streams its metadata; with the runtime gone
  // nothing fills it.
  for (const div of root.querySelectorAll('body > div[hidden]')) {
    if (div.childNodes.every((node) => node.nodeType === 8 || node.text.trim() === '')) {
      div.remove();
      removed += 1;
    }
  }
  const leftover = root
    .querySelectorAll('script[src]')
    .find((script) => (script.getAttribute('src') ?? '').includes(RUNTIME));
  if (leftover) throw new Error(`${file}: a runtime script is still referenced: ${leftover}`);
  return removed;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Next's per-segment prefetch data, copied by its export beside each page. */
export const isSegmentFile = (file: string): boolean => path.basename(file).startsWith('__next.');

/**
 * Deletes what only the runtime requested: the RSC payloads (`<page>.txt` beside
 * `<page>.html`, and the `__next.*` segment files), every JavaScript file under _next/, and
 * `_not-found.html` (hosts serve 404.html; nothing asks for the other copy).
 * Returns how many files it deleted, and how many of them were segment files. `listing`: every
 * file under `root` (the export folder), when the caller has it already.
 */
export async function removeRuntimeFiles(
  root: string,
  listing?: string[],
): Promise<{ files: number; segmentFiles: number }> {
  const files = listing ?? (await filesUnder(root));
  const html = new Set(files.filter((f) => f.endsWith('.html')));
  const doomed = files.filter((file) => {
    const name = path.basename(file);
    if (isSegmentFile(file)) return true;
    if (name.endsWith('.txt') && html.has(file.replace(/\.txt$/, '.html'))) return true;
    const relative = path.relative(root, file).split(path.sep).join('/');
    // The placeholder pages of routes that have nothing to show (lib/static-params.ts).
    if (relative.split('/').some((segment) => segment.startsWith(PLACEHOLDER))) return true;
    if (relative === '_not-found.html') return true;
    return relative.startsWith('_next/') && name.endsWith('.js');
  });
  // A few at a time: every request in flight holds ~2.8 KB until it ends, and at 10,000 posts
  // ~600,000 files at once held 1.7 GB (the finishing step's peak); as fast either way.
  await eachLimited(doomed, UNLINKS_IN_FLIGHT, (file) => unlink(file));
  // Folders that may be left empty: those the deleted files were in, and under _next/ the
  // ones Next made for the runtime (`_next/<build id>/` holds only segment files).
  const runtimeDir = path.join(root, '_next');
  const made = existsSync(runtimeDir)
    ? (await readdir(runtimeDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(entry.parentPath, entry.name))
    : [];
  await removeEmptyFolders(root, [...doomed.map((file) => path.dirname(file)), ...made]);
  return { files: doomed.length, segmentFiles: doomed.filter(isSegmentFile).length };
}

/**
 * Removes each of `dirs` (and the folders above it, up to `root`) that is empty: a depth at
 * once, deepest first, so a folder is tried only after everything under it was.
 */
export async function removeEmptyFolders(root: string, dirs: string[]): Promise<void> {
  const byDepth = new Map<number, Set<string>>();
  for (const dir of dirs) {
    for (let at = dir; at.startsWith(root) && at !== root; at = path.dirname(at)) {
      const depth = at.split(path.sep).length;
      byDepth.set(depth, (byDepth.get(depth) ?? new Set()).add(at));
    }
  }
  for (const depth of [...byDepth.keys()].sort((a, b) => b - a)) {
    // Not empty: kept.
    await eachLimited([...(byDepth.get(depth) ?? [])], UNLINKS_IN_FLIGHT, (dir) =>
      rmdir(dir).catch(() => {}),
    );
  }
}
