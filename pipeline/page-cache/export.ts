/**
 * The export half of pipeline/page-cache/plan.ts. Next rendered only the page groups the plan did not
 * find cached; once those pages are finished (no runtime, a CSP each), this step keeps each
 * rendered group in .next/cache/daedam-pages/<key>/ and copies every cached group into the
 * export. A cached page is only used when the files it loads (its stylesheets and scripts,
 * named by their content) are in this export too; otherwise StalePagesError.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { eachLimited } from '../each-limited';
import { exportFileOf } from '../export-path';
import { linkOrCopy } from '../link-or-copy';
import type { PagePlan } from './plan';

/** Kept this long after the last build that used them (a deleted post's pages, old code). */
const KEEP_MS = 14 * 24 * 3600 * 1000;
const INDEX = 'pages.json';

/** A cached page loads a file this export does not have: its cache is not this build's. */
export class StalePagesError extends Error {
  constructor(
    message: string,
    readonly cacheDir: string,
  ) {
    super(message);
  }
}

/**
 * The page group (pipeline/page-cache/plan.ts) of an exported page, by its path relative to the export;
 * undefined for the pages every build renders (the front page, search, the people index …).
 * `relative` is '/'-separated.
 */
export function groupOf(relative: string): string | undefined {
  const [first, second] = relative.split('/');
  if (!second || !relative.endsWith('.html')) return undefined;
  if (first === 'posts') return `post:${second.replace(/\.html$/, '')}`;
  if (first === 'tags') return `tag:${second.replace(/\.html$/, '')}`;
  if (first === 'categories') return `category:${second.replace(/\.html$/, '')}`;
  if (first === 'page') return 'archive';
  if (first === 'people') return `person:${second.replace(/\.html$/, '')}`;
  return undefined;
}

/**
 * What a finished page loads from the site (stylesheets, scripts), for the check above.
 */
export function localAssets(root: HTMLElement): string[] {
  const urls = [
    ...root.querySelectorAll('link[rel~="stylesheet"]').map((link) => link.getAttribute('href')),
    ...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')),
    // The module the enhancements' loader imports (lib/client-assets.ts).
    ...root.querySelectorAll('script[data-module]').map((s) => s.getAttribute('data-module')),
  ];
  return urls
    .filter((url) => typeof url === 'string' && url.startsWith('/') && !url.startsWith('//'))
    .map((url) => copyOf(url as string));
}

/**
 * A string of its own: an attribute value is a slice of the page's text, and keeping the
 * slice keeps the whole page in memory (43,000 pages at 5,000 posts: gigabytes).
 */
const copyOf = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/** What the cache keeps of a finished page: its inline scripts' and styles' hashes, the files it loads. */
export interface PageFacts {
  inline: string[];
  styles: string[];
  assets: string[];
}

/**
 * Saves the rendered groups and restores the cached ones into `root` (the export folder).
 * `planFile` is the plan the content check wrote (./plan.ts); `finished`, the pages this build
 * rendered and finished.
 */
export async function applyPagePlan(
  root: string,
  planFile: string,
  finished: Map<string, PageFacts>,
): Promise<{
  restored: number;
  inline: Set<string>;
  styles: Set<string>;
  assets: Set<string>;
  saved: number;
}> {
  const plan = JSON.parse(await readFile(planFile, 'utf8')) as PagePlan;
  const rendered = new Map<string, Array<[string, PageFacts]>>();
  for (const [relative, facts] of finished) {
    const group = groupOf(relative);
    if (!group) continue;
    const pages = rendered.get(group) ?? [];
    pages.push([relative, facts]);
    rendered.set(group, pages);
  }
  const inline = new Set<string>();
  const styles = new Set<string>();
  const assets = new Set<string>();
  let restored = 0;
  let saved = 0;
  // Groups side by side: each is a few files to copy, and one at a time the disk set the pace.
  await eachLimited(plan.groups, 16, async ({ group, key, cached }) => {
    const entry = path.join(plan.cacheDir, key);
    if (!cached) {
      await save(root, entry, rendered.get(group) ?? []);
      saved += 1;
      return;
    }
    const pages: Array<[string, PageFacts]> = await readFile(path.join(entry, INDEX), 'utf8').then(
      JSON.parse,
      () => {
        throw new StalePagesError(
          `the page cache lost the pages of ${group} during the build`,
          plan.cacheDir,
        );
      },
    );
    for (const [relative, facts] of pages) {
      const target = path.join(root, relative);
      if (existsSync(target)) continue; // rendered anyway: this build's copy wins
      const missing = facts.assets.find((url) => !exportFileOf(root, url));
      if (missing) {
        throw new StalePagesError(
          `the cached page ${relative} loads ${missing}, which this build did not write`,
          plan.cacheDir,
        );
      }
      await mkdir(path.dirname(target), { recursive: true });
      linkOrCopy(path.join(entry, 'files', relative), target);
      for (const hash of facts.inline) inline.add(hash);
      for (const hash of facts.styles) styles.add(hash);
      for (const url of facts.assets) assets.add(url);
      restored += 1;
    }
    const now = new Date();
    await utimes(path.join(entry, INDEX), now, now);
  });
  await prune(plan.cacheDir);
  return { restored, inline, styles, assets, saved };
}

/**
 * Keeps one group's finished pages under `entry` (written aside, then renamed: a build that
 * stops halfway leaves no entry that looks whole).
 */
async function save(root: string, entry: string, pages: Array<[string, PageFacts]>) {
  if (existsSync(path.join(entry, INDEX))) return;
  const partial = `${entry}.${process.pid}.tmp`;
  await rm(partial, { recursive: true, force: true });
  for (const [relative] of pages) {
    const file = path.join(partial, 'files', relative);
    await mkdir(path.dirname(file), { recursive: true });
    linkOrCopy(path.join(root, relative), file);
  }
  await mkdir(partial, { recursive: true });
  await writeFile(path.join(partial, INDEX), JSON.stringify(pages));
  try {
    await rename(partial, entry);
  } catch {
    await rm(partial, { recursive: true, force: true }); // another build saved it first
  }
}

/** Deletes the entries no build has used for KEEP_MS, and leftovers of stopped builds. */
async function prune(cacheDir: string) {
  const now = Date.now();
  for (const name of await readdir(cacheDir).catch(() => [])) {
    const entry = path.join(cacheDir, name);
    const marker = name.endsWith('.tmp') ? entry : path.join(entry, INDEX);
    const age = now - (await stat(marker).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
    if (age > (name.endsWith('.tmp') ? 24 * 3600 * 1000 : KEEP_MS))
      await rm(entry, { recursive: true, force: true });
  }
}
