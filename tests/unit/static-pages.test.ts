import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashSource, tightenHeaders } from '../../pipeline/csp';
import { finishPage } from '../../pipeline/finish-export';
import { removeRuntimeFiles } from '../../pipeline/remove-runtime';

// A page shaped like Next 16's export: runtime chunks, preloads, the inline RSC payload,
// React's text separators, and our own scripts among them.
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<script data-keep="">try{theme()}catch(e){}</script>',
  '<script type="module" src="/assets/enhance-ABC.js"></script>',
  '<script type="speculationrules">{"prerender":[]}</script>',
  '</head><body><div hidden=""><!--$--><!--/$--></div>',
  '<main><p>안녕 <!-- -->하세요</p><pre><code>x &lt; y</code></pre>',
  '<svg viewBox="0 0 1 1"><circle r="1"/><path d="M0 0"/></svg>',
  '<script type="application/ld+json">{"@type":"Article"}</script></main>',
  '<script src="/_next/static/chunks/c.js" noModule=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"page again"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"]||[]).push({})</script>',
  '</body></html>',
].join('');

describe('removing the runtime from a page', () => {
  const html = finishPage(NEXT_PAGE, 'posts/a.html').toString();

  test('drops every runtime script, preload and payload', () => {
    expect(html).not.toMatch(/_next\/static\/chunks\/[bcm]\.js/);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).not.toContain('<div hidden');
    expect(html).not.toContain('<!--');
  });

  test('keeps the stylesheet, our scripts, the text and the markup', () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<script data-keep="">try{theme()}catch(e){}</script>');
    expect(html).toContain('<script type="module" src="/assets/enhance-ABC.js"></script>');
    expect(html).toContain('<script type="speculationrules">{"prerender":[]}</script>');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
    expect(html).toContain('<p>안녕 하세요</p>');
    expect(html).toContain('<pre><code>x &lt; y</code></pre>');
    // SVG children stay siblings (a self-closing tag must not swallow the next one).
    expect(html).toContain('<circle r="1"></circle><path d="M0 0"></path>');
    expect(html.startsWith('<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8">')).toBe(
      true,
    );
  });

  test('the policy follows the charset and lists the inline scripts that are left', () => {
    const meta =
      /<meta charSet="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
        html,
      );
    expect(meta).not.toBeNull();
    const hashes = meta![1]!.match(/'sha256-[^']+'/g) ?? [];
    // theme script, speculation rules, JSON-LD; none of the removed payload scripts
    expect(hashes).toHaveLength(3);
  });

  test('a page without <head> fails the build, naming the file', () => {
    expect(() => finishPage('<p>no head</p>', 'broken.html')).toThrow(
      'broken.html: no <head> to put the Content-Security-Policy in',
    );
  });
});

describe('removing the runtime files from an export', () => {
  test('deletes payloads and chunks, keeps pages, styles, robots.txt and our assets', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'daedam-export-'));
    const files = [
      'index.html',
      'index.txt',
      '__next._tree.txt',
      'robots.txt',
      'posts/a.html',
      'posts/a.txt',
      'posts/a/__next.posts.$d$slug.__PAGE__.txt',
      'posts/a/og.png',
      'page/1.html',
      'page/1/__next._full.txt',
      '_next/static/chunks/x.js',
      '_next/static/chunks/x.css',
      '_next/static/BUILD/_buildManifest.js',
      'assets/enhance-ABC.js',
    ];
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), 'x');
    }
    await expect(removeRuntimeFiles(root)).resolves.toEqual({ files: 7, segmentFiles: 3 });
    const left = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
      .sort();
    expect(left).toEqual(
      [
        '_next/static/chunks/x.css',
        'assets/enhance-ABC.js',
        'index.html',
        'page/1.html',
        'posts/a.html',
        'posts/a/og.png',
        'robots.txt',
      ].sort(),
    );
    // Emptied folders go too.
    expect(readdirSync(path.join(root, 'page'))).toEqual(['1.html']);
    expect(readdirSync(path.join(root, '_next/static'))).toEqual(['chunks']);
  });

  test('an export of thousands of pages loses every runtime file and every emptied folder', async () => {
    // More files than are deleted at a time (64): none may be left behind by the queue.
    const root = mkdtempSync(path.join(os.tmpdir(), 'daedam-export-'));
    for (let n = 0; n < 600; n++) {
      const dir = path.join(root, 'posts', `p${n}`, 'q');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(root, 'posts', `p${n}.html`), 'x');
      writeFileSync(path.join(root, 'posts', `p${n}.txt`), 'x');
      // Every other post has no question page: its folder of segment files empties.
      if (n % 2 === 0) writeFileSync(path.join(dir, '1.html'), 'x');
      for (const segment of ['_tree', '_full', '_head'])
        writeFileSync(path.join(dir, `__next.${segment}.txt`), 'x');
    }
    await expect(removeRuntimeFiles(root)).resolves.toEqual({ files: 2400, segmentFiles: 1800 });
    const left = readdirSync(root, { recursive: true }).map(String);
    expect(left.filter((f) => f.endsWith('.txt'))).toEqual([]);
    expect(left.filter((f) => f.endsWith('.html'))).toHaveLength(900);
    expect(left.filter((f) => f.endsWith('/q'))).toHaveLength(300);
    expect(existsSync(path.join(root, 'posts', 'p1'))).toBe(false);
  });

  test('folders Next made under _next/ and left empty go; folders with files stay', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'daedam-export-'));
    mkdirSync(path.join(root, '_next/BUILD_ID/nested'), { recursive: true });
    mkdirSync(path.join(root, '_next/static/css'), { recursive: true });
    writeFileSync(path.join(root, '_next/static/css/site.css'), 'x');
    writeFileSync(path.join(root, 'index.html'), 'x');
    await removeRuntimeFiles(root);
    expect(readdirSync(path.join(root, '_next'))).toEqual(['static']);
    expect(readdirSync(path.join(root, '_next/static/css'))).toEqual(['site.css']);
  });
});

describe('the site-wide policy in _headers', () => {
  test("'unsafe-inline' gives way to the hashes, the rest of the file stays", () => {
    const headers = [
      '/*',
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'",
      '/assets/*',
      '  Cache-Control: immutable',
      '',
    ].join('\n');
    expect(tightenHeaders(headers, ["'sha256-b'", "'sha256-a'", "'sha256-a'"])).toBe(
      headers.replace("'unsafe-inline'", "'sha256-a' 'sha256-b'"),
    );
  });
});

describe('the stylesheet inside the pages readers arrive at', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'daedam-styles-'));
  const css = 'main > p{color:#14213d}a[href^="#"]{text-decoration:none}';
  mkdirSync(path.join(root, '_next/static/chunks'), { recursive: true });
  writeFileSync(path.join(root, '_next/static/chunks/a.css'), css);
  const policyOf = (html: string) =>
    /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
  const styleSources = (html: string) =>
    /style-src ([^;]+)/.exec(policyOf(html))![1]!.trim().split(/\s+/);

  test('a post page carries the CSS in a <style> the policy names by hash, no link', () => {
    const html = finishPage(NEXT_PAGE, 'posts/a.html', root).toString();
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain(`<style>${css}</style>`);
    expect(styleSources(html)).toEqual(["'self'", hashSource(css)]);
    // Under a base path too (the site at /daedam/).
    const based = NEXT_PAGE.replace('href="/_next/', 'href="/daedam/_next/');
    expect(finishPage(based, 'index.html', root).toString()).toContain(`<style>${css}</style>`);
  });

  test('a question page keeps the link (thousands of them would each grow by the file)', () => {
    const html = finishPage(NEXT_PAGE, 'posts/a/q/3.html', root).toString();
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).not.toContain('<style>');
    expect(styleSources(html)).toEqual(["'self'"]);
  });

  test('CSS whose relative url() would change meaning in the page stays linked', () => {
    writeFileSync(path.join(root, '_next/static/chunks/rel.css'), 'a{background:url(x.png)}');
    const page = NEXT_PAGE.replace('chunks/a.css', 'chunks/rel.css');
    expect(finishPage(page, 'posts/b.html', root).toString()).toContain(
      'href="/_next/static/chunks/rel.css"',
    );
  });

  test("the site-wide style-src gets the styles' hashes in place of 'unsafe-inline'", () => {
    const headers =
      "  Content-Security-Policy: script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self'\n";
    expect(tightenHeaders(headers, ["'sha256-s'"], ["'sha256-c'"])).toBe(
      "  Content-Security-Policy: script-src 'self' 'sha256-s'; style-src 'self' 'sha256-c'; img-src 'self'\n",
    );
  });
});
