import { FIRST_POST_SLUG } from '../helpers/content';
import { serve } from '../helpers/server';
import type { RunningServer } from '../helpers/server';
import { siteDir } from '../helpers/site';

describe('the static server behind npm start', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(siteDir('main'));
  });
  afterAll(() => server.close());

  const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });

  test.each([
    '/',
    `/posts/${FIRST_POST_SLUG}`,
    `/posts/${FIRST_POST_SLUG}.html`,
    '/categories/nlp',
  ])('%s is an HTML page', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<html lang="ko"');
  });

  test('an unknown path gets the Korean 404 page with status 404', async () => {
    const response = await get('/posts/no-such-post');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('페이지를 찾을 수 없습니다');
  });

  // Traversal, hidden files and malformed requests: tests/site/server-hostile.test.ts, over raw
  // sockets (fetch would normalise `/../` and `%2e%2e` before sending them).

  test('stylesheets, scripts, images and the manifest get their content types', async () => {
    const html = await (await get('/')).text();
    // A question page links the stylesheet (the pages readers arrive at carry it inside).
    const post = /href="(\/posts\/[a-z0-9-]+)"/.exec(html)![1]!;
    const question = await (await get(`${post}/q/1`)).text();
    const css = /href="([^"]+\.css)"/.exec(question)![1]!;
    const js = /data-module="([^"]+\.js)"/.exec(html)![1]!;
    const types: Array<[string, string]> = [
      [css, 'text/css; charset=utf-8'],
      [js, 'text/javascript; charset=utf-8'],
      ['/og.png', 'image/png'],
      ['/icon.svg', 'image/svg+xml'],
      ['/feed.xml', 'application/xml; charset=utf-8'],
      ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ];
    for (const [path, type] of types) {
      const response = await get(path);
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual(
        {
          path,
          status: 200,
          type,
        },
      );
    }
  });
});

describe('the static server under a base path', () => {
  test('answers under the base path only', async () => {
    const server = await serve(siteDir('main'), '/daedam');
    try {
      expect((await fetch(`${server.origin}/daedam/`)).status).toBe(200);
      expect((await fetch(`${server.origin}/daedam`, { redirect: 'manual' })).status).toBe(301);
      expect((await fetch(`${server.origin}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('security headers', () => {
  test('_headers is applied to every response and never served itself', async () => {
    const server = await serve(siteDir('main'));
    try {
      const response = await fetch(`${server.origin}/posts/${FIRST_POST_SLUG}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect((await fetch(`${server.origin}/_headers`)).status).toBe(404);
      const html = await response.text();
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-/,
      );
    } finally {
      await server.close();
    }
  });
});
