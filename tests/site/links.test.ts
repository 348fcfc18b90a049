import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { allHtmlFiles, page, SITES, siteDir } from '../helpers/site';
import type { SiteName } from '../helpers/site';

/** The file a static host serves for a site path (`/a` → a.html, `/a/` → a/index.html). */
function servedFile(root: string, sitePath: string): string | null {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  const target = path.join(root, clean);
  const candidates = clean.endsWith('/')
    ? [path.join(target, 'index.html')]
    : [target, `${target}.html`, path.join(target, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

// preconnect/dns-prefetch name an origin, not a file (Next adds `preconnect href="/"`).
const REFERENCES = [
  ['a', 'href'],
  ['link:not([rel="preconnect"]):not([rel="dns-prefetch"])', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
] as const;

describe.each(Object.keys(SITES) as SiteName[])('links in the %s site', (site) => {
  const basePath = SITES[site].env.BASE_PATH ?? '';
  const siteUrl = SITES[site].env.SITE_URL ?? '';
  const root = siteDir(site);
  const origin = siteUrl || 'http://localhost:3000';

  /** A reference → the site path it points to, or null when it leaves the site. */
  function internal(url: string): string | null {
    if (url.startsWith('#') || /^(mailto|tel):/.test(url)) return null;
    if (/^https?:\/\//.test(url))
      return url.startsWith(`${origin}/`) ? url.slice(origin.length) : null;
    if (url.startsWith('//')) return null;
    return url;
  }

  test('every internal reference of every page resolves under the base path', () => {
    const broken: string[] = [];
    for (const file of allHtmlFiles(site)) {
      const html = page(site, `/${file.replace(/\.html$/, '')}`);
      for (const [selector, attribute] of REFERENCES) {
        for (const element of html.querySelectorAll(selector)) {
          const value = element.getAttribute(attribute);
          if (!value) continue;
          const target = internal(value);
          if (target === null) continue;
          // `/daedam` itself is the home page (hosts redirect it to `/daedam/`).
          const underBase = !basePath || target === basePath || target.startsWith(`${basePath}/`);
          if (!underBase) broken.push(`${file}: ${value} (no base path)`);
          else if (!servedFile(root, target.slice(basePath.length) || '/'))
            broken.push(`${file}: ${value} (no file)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every url() in the stylesheets resolves (fonts)', () => {
    // The stylesheet files (question pages link them) and the home page's inline copy.
    const cssDir = path.join(root, '_next/static/chunks');
    const files = existsSync(cssDir) ? readdirSync(cssDir).filter((n) => n.endsWith('.css')) : [];
    const sheets = [
      ...files.map((name) => ({ dir: cssDir, css: readFileSync(path.join(cssDir, name), 'utf8') })),
      ...page(site, '/')
        .querySelectorAll('style')
        .map((style) => ({ dir: root, css: style.rawText })),
    ];
    expect(sheets.length).toBeGreaterThan(0);
    for (const { dir, css } of sheets) {
      for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (url!.startsWith('data:')) continue;
        const resolved = url!.startsWith('/')
          ? path.join(root, url!.slice(basePath.length))
          : path.join(dir, url!);
        expect({ url, exists: existsSync(resolved.split(/[?#]/)[0]!) }).toEqual({
          url,
          exists: true,
        });
      }
    }
  });

  test('feeds, sitemap, robots and manifest use the public URL with the base path', () => {
    const expected = `${origin}${basePath}/`;
    const text = (name: string) => readFileSync(path.join(root, name), 'utf8');
    for (const [, url] of text('feed.xml').matchAll(/<(?:link|guid[^>]*)>([^<]+)</g))
      expect(url).toContain(expected);
    for (const [, url] of text('sitemap.xml').matchAll(/<loc>([^<]+)</g))
      expect(url!.startsWith(expected)).toBe(true);
    expect(text('robots.txt')).toContain(`Sitemap: ${expected}sitemap.xml`);
    const manifest = JSON.parse(text('manifest.webmanifest'));
    expect(manifest.start_url).toBe(`${basePath}/`);
    for (const icon of manifest.icons as Array<{ src: string }>) {
      expect(servedFile(root, icon.src.slice(basePath.length))).not.toBeNull();
    }
  });
});
