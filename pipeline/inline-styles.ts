/**
 * The stylesheet inside the page. A reader who follows a shared link to a post arrives with
 * nothing cached; a `<link rel="stylesheet">` makes the browser wait a round trip for it
 * before painting any text (measured: 0.99 s to the first paint against 0.91 s for the same
 * page with its CSS inline, bench/README.md). The site's CSS is one small file (~14 KB, ~4 KB
 * gzipped), so the pages readers arrive at carry it whole in a `<style>`, whose hash ./csp.ts
 * adds to the policy.
 *
 * Not the question pages: there are a few for every post (~32,000 at 5,000 posts) and each
 * would grow by the file's size, half a gigabyte of export; they keep the link.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { exportFileOf } from './export-path';
import { removeEmptyFolders } from './remove-runtime';

/** Which pages (export-relative paths) carry their CSS inline: all but the question pages. */
export const inlinesStyles = (relative: string): boolean =>
  !/^posts\/[^/]+\/q\/[^/]+\.html$/.test(relative.split(path.sep).join('/'));

/**
 * A URL in CSS that means something else once the CSS moves into the page: relative to the
 * stylesheet, not to the page. Such a stylesheet stays linked.
 */
const RELATIVE_URL = /url\(\s*(['"]?)(?!\/|data:|https?:|#)/i;

const texts = new Map<string, string | undefined>();

function cssOf(root: string, href: string): string | undefined {
  const key = `${root}\0${href}`;
  if (!texts.has(key)) {
    const file = href.startsWith('/') ? exportFileOf(root, href) : undefined;
    const css = file && readFileSync(file, 'utf8');
    texts.set(key, css && !RELATIVE_URL.test(css) && !/<\/style/i.test(css) ? css : undefined);
  }
  return texts.get(key);
}

/** Replaces the page's own stylesheets (files of the export) with `<style>`s of their text. */
export function inlineStylesheets(page: HTMLElement, root: string): void {
  for (const link of page.querySelectorAll('link[rel="stylesheet"][href]')) {
    const css = cssOf(root, link.getAttribute('href')!);
    if (css === undefined) continue;
    // Parsed as the browser parses it: the text of a <style> is raw, never markup.
    const style = parse(`<style>${css}</style>`).querySelector('style')!;
    link.replaceWith(style);
  }
}

/** The texts of the page's inline `<style>` elements, as the browser hashes them. */
export const inlineStyles = (page: HTMLElement): string[] =>
  page.querySelectorAll('style').map((style) => style.rawText);

/**
 * Deletes the stylesheets of the export (`files`, absolute) that no page links any more (`used`:
 * the URLs the pages load, with or without the base path): with every page carrying its CSS,
 * as when question pages are off, the file would be published for nobody.
 */
export async function removeUnlinkedStylesheets(
  root: string,
  files: string[],
  used: Set<string>,
): Promise<number> {
  const urls = [...used].map((url) => url.split(/[?#]/)[0]!);
  const unlinked = files
    .filter((file) => file.endsWith('.css'))
    .filter((file) => {
      const relative = path.relative(root, file).split(path.sep).join('/');
      return !urls.some((url) => url === `/${relative}` || url.endsWith(`/${relative}`));
    });
  await Promise.all(unlinked.map((file) => rm(file, { force: true })));
  await removeEmptyFolders(
    root,
    unlinked.map((file) => path.dirname(file)),
  );
  return unlinked.length;
}
