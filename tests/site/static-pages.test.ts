import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allHtmlFiles, failuresOf, page, siteDir, SITES } from '../helpers/site';
import type { SiteName } from '../helpers/site';
import { ENHANCE_LOADER } from '../../lib/client-assets';

/**
 * Issue 10: every exported page is static HTML with our small modules, not a React app.
 * Checked on every page of every site the suites build (the first interview, fixtures with MDX
 * and drafts, hostile content under a BASE_PATH, a three-language archive, a generated one).
 */
const routeOf = (file: string) => `/${file.replace(/\.html$/, '')}`;
const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe.each(Object.keys(SITES) as SiteName[])('the %s export', (site) => {
  const basePath = SITES[site].env.BASE_PATH;
  const files = allHtmlFiles(site);

  test('no page carries the framework runtime', async () => {
    const failures = await failuresOf(files, (file) => {
      const root = page(site, routeOf(file));
      const html = root.toString();
      expect(html).not.toContain('__next_f');
      expect(html).not.toContain('TURBOPACK');
      const runtime = root
        .querySelectorAll('script[src], link[href]')
        .map(
          (el) =>
            `${el.getAttribute('rel') ?? 'script'} ${el.getAttribute('src') ?? el.getAttribute('href')}`,
        )
        .filter((ref) => ref.includes('/_next/') && !ref.startsWith('stylesheet '));
      expect(runtime).toEqual([]);
      expect(
        root.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="script"]'),
      ).toHaveLength(0);
      // Our module is there, from the site's own path, imported once the page has loaded
      // (asked for in <head>, even at low priority, it held the largest paint back).
      const loader = root.querySelectorAll('script[data-module]');
      expect(loader).toHaveLength(1);
      expect(loader[0]!.getAttribute('data-module')).toMatch(
        new RegExp(`^${basePath}/assets/enhance-\\w+\\.js$`),
      );
      expect(loader[0]!.rawText).toBe(ENHANCE_LOADER);
      expect(root.querySelector('script[src*="/assets/enhance-"]')).toBeNull();
    });
    expect(failures).toEqual([]);
  });

  test('every page lists exactly its inline scripts in its Content-Security-Policy', async () => {
    const failures = await failuresOf(files, (file) => {
      const root = page(site, routeOf(file));
      const head = root.querySelector('head')!;
      const metas = head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      expect(metas).toHaveLength(1);
      // Before any script, right after the charset.
      expect(head.childNodes.filter((n) => n.nodeType === 1)[1]).toBe(metas[0]);
      const scriptSrc = (metas[0]!.getAttribute('content') ?? '')
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src'))!;
      const listed = scriptSrc.split(/\s+/).filter((token) => token.startsWith("'sha256-"));
      const inline = root
        .querySelectorAll('script')
        .filter((s) => !s.hasAttribute('src'))
        .map((s) => sha256(s.rawText));
      expect(new Set(listed)).toEqual(new Set(inline));
      expect(scriptSrc).not.toContain('unsafe-inline');
      // The same for styles: a page that carries the stylesheet names its hash, one that
      // links it (a question page) names none.
      const styleSrc = (metas[0]!.getAttribute('content') ?? '')
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('style-src'))!;
      const styles = root.querySelectorAll('style').map((s) => sha256(s.rawText));
      const question = /^posts\/[^/]+\/q\/[^/]+\.html$/.test(file);
      expect([file, styles.length]).toEqual([file, question ? 0 : 1]);
      expect(new Set(styleSrc.split(/\s+/).filter((t) => t.startsWith("'sha256-")))).toEqual(
        new Set(styles),
      );
      expect(styleSrc).not.toContain('unsafe-inline');
    });
    expect(failures).toEqual([]);
  });

  test('every page has speculation rules for its own pages only', async () => {
    const failures = await failuresOf(files, (file) => {
      const scripts = page(site, routeOf(file)).querySelectorAll('script[type="speculationrules"]');
      expect(scripts).toHaveLength(1);
      const rules = JSON.parse(scripts[0]!.textContent);
      expect(rules.prerender).toEqual([
        {
          where: {
            and: [
              { href_matches: `${basePath}/*` },
              { not: { href_matches: `${basePath}/*.*` } },
              { not: { selector_matches: expect.stringContaining('[target]') } },
            ],
          },
          eagerness: 'moderate',
        },
      ]);
    });
    expect(failures).toEqual([]);
  });

  test('no file is left that only the runtime would load', () => {
    const root = siteDir(site);
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    const html = new Set(files.filter((f) => f.endsWith('.html')));
    expect(files.filter((f) => path.posix.basename(f).startsWith('__next.'))).toEqual([]);
    expect(
      files.filter((f) => f.endsWith('.txt') && html.has(f.replace(/\.txt$/, '.html'))),
    ).toEqual([]);
    expect(files.filter((f) => f.startsWith('_next/') && f.endsWith('.js'))).toEqual([]);
    // What remains of _next/ is the stylesheet.
    expect(files.filter((f) => f.startsWith('_next/') && !f.endsWith('.css'))).toEqual([]);
    expect(files).toContain('robots.txt');
  });

  test('no folder is left empty (Next makes _next/<build id>/ and writes nothing into it)', () => {
    const root = siteDir(site);
    const empty = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.join(e.parentPath, e.name))
      .filter((dir) => readdirSync(dir).length === 0)
      .map((dir) => path.relative(root, dir));
    expect(empty).toEqual([]);
  });
});

test('canary: Next writes per-segment prefetch files, which the finishing step deletes', () => {
  // Next 16 has no setting to skip them: for each prerendered page it writes a
  // `<page>.segments/` folder and its export copies each file beside the page as
  // `__next.<segment>.txt`; the finishing step deletes them by that name and says how many
  // (the build's log, kept beside the export by tests/setup/build-once.mjs). Should Next stop
  // writing them, this fails and the deletion can go; should it name them otherwise, the test
  // below finds a .txt file nobody asked for.
  const log = readFileSync(`${siteDir('main')}.log`, 'utf8');
  const deleted = /\((\d+) of them Next's per-segment prefetch files\)/.exec(log);
  expect(Number(deleted?.[1])).toBeGreaterThan(0);
});

describe.each(Object.keys(SITES) as SiteName[])('the %s export', (site) => {
  test('holds no text file but those the site publishes (robots, llms)', () => {
    const root = siteDir(site);
    const txt = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.txt'))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    expect(txt.sort()).toEqual(['llms-full.txt', 'llms.txt', 'robots.txt']);
  });
});

describe.each(['main', 'hostile'] as SiteName[])('the %s site-wide header policy', (site) => {
  test('_headers lists the hashes of the inline scripts pages run, not unsafe-inline', () => {
    const headers = readFileSync(path.join(siteDir(site), '_headers'), 'utf8');
    const scriptSrc = /script-src ([^;\n]*)/.exec(headers)![1]!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    const listed = new Set(scriptSrc.split(/\s+/).filter((t) => t.startsWith("'sha256-")));
    for (const file of allHtmlFiles(site)) {
      const runnable = page(site, routeOf(file))
        .querySelectorAll('script')
        .filter((s) => !s.hasAttribute('src') && s.getAttribute('type') !== 'application/ld+json')
        .map((s) => sha256(s.rawText));
      expect({ file, missing: runnable.filter((hash) => !listed.has(hash)) }).toEqual({
        file,
        missing: [],
      });
    }
  });

  test('_headers lists the hash of the stylesheet inside the pages, not unsafe-inline', () => {
    const headers = readFileSync(path.join(siteDir(site), '_headers'), 'utf8');
    const styleSrc = /style-src ([^;\n]*)/.exec(headers)![1]!;
    expect(styleSrc).not.toContain('unsafe-inline');
    const listed = styleSrc.split(/\s+/).filter((t) => t.startsWith("'sha256-"));
    const styles = allHtmlFiles(site).flatMap((file) =>
      page(site, routeOf(file))
        .querySelectorAll('style')
        .map((s) => sha256(s.rawText)),
    );
    expect(styles.length).toBeGreaterThan(0);
    expect(new Set(listed)).toEqual(new Set(styles));
  });
});
