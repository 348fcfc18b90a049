import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';

interface SiteSpec {
  outDir: string;
  env: Record<string, string>;
}

export const SITES = JSON.parse(
  readFileSync(path.join(process.cwd(), 'tests/setup/sites.json'), 'utf8'),
) as Record<
  | 'main'
  | 'fixtures'
  | 'hostile'
  | 'archive'
  | 'generated'
  | 'videos'
  | 'publication'
  | 'publication-ja',
  SiteSpec
>;

export type SiteName = keyof typeof SITES;

export function siteDir(site: SiteName): string {
  return path.join(process.cwd(), SITES[site].outDir);
}

/** The exported file a static host serves for `route` (`/`, `/posts/a`, …). */
export function fileFor(site: SiteName, route: string): string {
  const clean = route.replace(/^\/|\/$/g, '');
  return path.join(siteDir(site), clean === '' ? 'index.html' : `${clean}.html`);
}

export function hasPage(site: SiteName, route: string): boolean {
  return existsSync(fileFor(site, route));
}

export function page(site: SiteName, route: string): HTMLElement {
  return parse(readFileSync(fileFor(site, route), 'utf8'));
}

/**
 * The pages at the old paths of renamed posts (frontmatter aliases; lib/posts/aliases.ts), as
 * files relative to the site root: the lines of its `_redirects`.
 */
export function redirectFiles(site: SiteName): string[] {
  const list = path.join(siteDir(site), '_redirects');
  if (!existsSync(list)) return [];
  const base = SITES[site].env.BASE_PATH ?? '';
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/'))
    .map((line) => line.split(' ')[0]!.slice(base.length + 1))
    .map((file) => (/\.html?$/.test(file) ? file : `${file}.html`));
}

/**
 * Every exported page, as files relative to the site root. The redirect pages of old paths
 * are not pages of the site (they are checked on their own, tests/site/publication.test.ts).
 */
export function allHtmlFiles(site: SiteName): string[] {
  const root = siteDir(site);
  const redirects = new Set(redirectFiles(site));
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.html') ? [path.relative(root, full)] : [];
    });
  return walk(root).filter((file) => !redirects.has(file));
}

/** Visible text of an element: what a reader (or a screen reader) gets. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Runs `check` on every item (an exported page, a route) and returns one line per item it
 * fails on, naming the item: a check over thousands of files is one test that lists every
 * file at fault, not thousands of generated tests.
 */
export async function failuresOf<T>(
  items: T[],
  check: (item: T) => void | Promise<void>,
): Promise<string[]> {
  const failures: string[] = [];
  for (const item of items) {
    try {
      await check(item);
    } catch (error) {
      failures.push(`${String(item)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures;
}
