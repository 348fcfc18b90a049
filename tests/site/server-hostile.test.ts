import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { chooseEncoding } from '../../scripts/serve.mjs';
import { get, raw } from '../helpers/raw-http';
import { serve } from '../helpers/server';
import type { RunningServer } from '../helpers/server';
import { siteDir } from '../helpers/site';

/**
 * The server behind `npm start` against requests no browser sends. `fetch` normalises `/../`
 * and `%2e%2e` and refuses bad URLs before sending, so these go over raw sockets, byte for
 * byte as written here (tests/helpers/raw-http.ts). After each, the server must still answer `/`.
 */
async function stillServes(server: RunningServer) {
  const response = await fetch(`${server.origin}/`);
  expect(response.status).toBe(200);
  await response.text();
}

/** The request is refused (400 or 404), shows none of `secrets`, and the server lives on. */
async function expectRefused(target: string, secrets: string[]) {
  const response = await raw(server.origin, get(target));
  expect([400, 404]).toContain(response.status);
  for (const secret of secrets) expect(response.body).not.toContain(secret);
  await stillServes(server);
}

let server: RunningServer;
beforeAll(async () => {
  server = await serve(siteDir('main'));
});
afterAll(() => server.close());

describe('paths that try to leave the site folder', () => {
  test.each([
    '/../package.json',
    '/../../../../etc/passwd',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/%5c..%5cpackage.json',
    '/%252e%252e/package.json',
    '/%c0%ae%c0%ae/package.json',
    '/%e0%80%ae%e0%80%ae/package.json',
    '/posts/%00.html',
    '/%00../package.json',
    '/./../package.json',
  ])('%s', (target) => expectRefused(target, ['"name": "daedam"', 'root:x:0']));
});

describe('host files and dotfiles are never served, under any spelling', () => {
  test.each([
    '/_headers',
    '/%5Fheaders',
    '/%5f%68eaders',
    '/%2F_headers',
    '//_headers',
    '/./_headers',
    '/posts/../_headers',
    '/posts/%2e%2e/_headers',
    '/_headers/',
    '/.nojekyll',
    '/%2enojekyll',
    '/posts/.secret',
  ])('%s → 404', (target) => expectRefused(target, ['Content-Security-Policy:']));
});

describe('malformed requests get 400 and the server keeps running', () => {
  test.each([
    ['a port out of range', get('//x:99999/')],
    ['an unclosed IPv6 host', get('//[')],
    ['an asterisk target', get('*')],
    ['an absolute URL with a bad port', get('http://x:99999/')],
    ['a relative target', get('posts')],
    ['bad percent-encoding', get('/%zz')],
    ['garbage', 'HELLO\r\n\r\n'],
    ['a header line without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n'],
    ['a 100 KB header', get('/', `X-Big: ${'a'.repeat(100_000)}\r\n`)],
    ['10,000 headers', get('/', 'X-A: b\r\n'.repeat(10_000))],
    [
      'both Content-Length and Transfer-Encoding (smuggling)',
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /_headers HTTP/1.1\r\nHost: x\r\n\r\n',
    ],
    [
      'two Content-Lengths',
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 7\r\n\r\nabcd',
    ],
  ])('%s', async (_name, request) => {
    const response = await raw(server.origin, request);
    expect(response.status === 0 || response.status >= 400).toBe(true);
    expect(response.body).not.toContain('Content-Security-Policy:');
    await stillServes(server);
  });

  test('other methods are refused with 405', async () => {
    const response = await raw(
      server.origin,
      'DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(response.status).toBe(405);
    expect(response.head).toMatch(/allow: GET, HEAD/i);
  });
});

describe('clients that misbehave', () => {
  const openFds = () => readdirSync('/proc/self/fd').length;

  test('a client that disconnects mid-body or mid-download leaks no file handle', async () => {
    const { port } = new URL(server.origin);
    const before = openFds();
    for (let i = 0; i < 30; i++) {
      await new Promise<void>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          // A big file, then hang up after the first bytes arrive.
          socket.write(get('/og.png', 'Accept-Encoding: identity\r\n'));
        });
        socket.once('data', () => socket.destroy());
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
      await new Promise<void>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nonly a little');
          setTimeout(() => socket.destroy(), 20);
        });
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openFds() - before).toBeLessThanOrEqual(3);
    await stillServes(server);
  });

  test('slow clients dribbling headers do not keep others waiting', async () => {
    const { port } = new URL(server.origin);
    const slow = Array.from({ length: 20 }, () => {
      const socket = net.connect(Number(port), '127.0.0.1');
      socket.on('error', () => {});
      let i = 0;
      const request = get('/');
      const timer = setInterval(() => {
        if (i < request.length - 4 && !socket.destroyed) socket.write(request[i++]!);
      }, 50);
      return { socket, timer };
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    await stillServes(server);
    expect(Date.now() - started).toBeLessThan(1000);
    for (const { socket, timer } of slow) {
      clearInterval(timer);
      socket.destroy();
    }
  });
});

describe('what a static host does', () => {
  test('HEAD answers the headers of GET without a body', async () => {
    const response = await raw(
      server.origin,
      `HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(response.status).toBe(200);
    expect(response.head).toMatch(/content-length: \d+/i);
    expect(response.body).toBe('');
  });

  test('ETag and Last-Modified answer 304 when the page has not changed', async () => {
    const first = await fetch(`${server.origin}/`);
    await first.text();
    const etag = first.headers.get('etag')!;
    const modified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^W\/"/);
    const byTag = await fetch(`${server.origin}/`, { headers: { 'If-None-Match': etag } });
    expect(byTag.status).toBe(304);
    const byDate = await fetch(`${server.origin}/`, { headers: { 'If-Modified-Since': modified } });
    expect(byDate.status).toBe(304);
    const stale = await fetch(`${server.origin}/`, { headers: { 'If-None-Match': 'W/"other"' } });
    expect(stale.status).toBe(200);
    await stale.text();
  });

  test('hashed assets are cached for good, pages are revalidated', async () => {
    const html = await (await fetch(`${server.origin}/`)).text();
    const script = /data-module="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    // A question page links the stylesheet (the pages readers arrive at carry it inside).
    const post = /href="(\/posts\/[a-z0-9-]+)"/.exec(html)![1]!;
    const question = await (await fetch(`${server.origin}${post}/q/1`)).text();
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(question)![1]!;
    for (const asset of [script, css]) {
      const response = await fetch(`${server.origin}${asset}`);
      expect(response.headers.get('cache-control')).toContain('immutable');
      await response.text();
    }
    expect((await fetch(`${server.origin}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  test('/posts/x/ redirects to /posts/x, keeping the query', async () => {
    const html = await (await fetch(`${server.origin}/`)).text();
    const post = /href="(\/posts\/[a-z0-9-]+)"/.exec(html)![1]!;
    const response = await raw(server.origin, get(`${post}/?from=x`));
    expect(response.status).toBe(301);
    expect(response.head).toMatch(new RegExp(`location: ${post}\\?from=x`, 'i'));
  });

  test('compression follows Accept-Encoding q-values and the body is the file', async () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(chooseEncoding('*;q=0.1')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();

    const plain = await (
      await fetch(`${server.origin}/feed.json`, {
        headers: { 'Accept-Encoding': 'identity' },
      })
    ).text();
    for (const [accept, decode] of [
      ['br', brotliDecompressSync],
      ['br;q=0, gzip', gunzipSync],
    ] as const) {
      const response = await raw(
        server.origin,
        get('/feed.json', `Accept-Encoding: ${accept}\r\n`),
      );
      expect(response.head).toMatch(
        new RegExp(`content-encoding: ${accept === 'br' ? 'br' : 'gzip'}`, 'i'),
      );
      expect(decode(Buffer.from(response.body, 'latin1')).toString('utf8')).toBe(plain);
    }
  });
});

describe('symlinks', () => {
  let linked: RunningServer;
  beforeAll(async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'daedam-serve-'));
    writeFileSync(path.join(root, 'index.html'), '<!DOCTYPE html><title>ok</title>');
    writeFileSync(path.join(root, 'inside.html'), '<!DOCTYPE html><title>inside</title>');
    mkdirSync(path.join(root, 'posts'));
    symlinkSync('/etc/passwd', path.join(root, 'passwd'));
    symlinkSync('/etc', path.join(root, 'etc'));
    symlinkSync(path.join(root, 'inside.html'), path.join(root, 'posts', 'alias.html'));
    linked = await serve(root);
  });
  afterAll(() => linked.close());

  test('a link that leads outside the folder is not followed', async () => {
    for (const target of ['/passwd', '/etc/passwd', '/etc/hostname']) {
      const response = await raw(linked.origin, get(target));
      expect({ target, status: response.status }).toEqual({ target, status: 404 });
      expect(response.body).not.toContain('root:x:0');
    }
  });

  test('a link to a file inside the folder is served', async () => {
    const response = await raw(linked.origin, get('/posts/alias'));
    expect(response.status).toBe(200);
    expect(response.body).toContain('inside');
  });
});

describe('a rebuild swapping the folder underneath', () => {
  test('requests in the moment the folder is missing wait for the new one instead of failing', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'daedam-swap-'));
    const out = path.join(base, 'out');
    const next = path.join(base, 'out-building');
    for (const [dir, title] of [
      [out, 'old'],
      [next, 'new'],
    ] as const) {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'index.html'), `<!DOCTYPE html><title>${title}</title>`);
      writeFileSync(path.join(dir, '404.html'), '<!DOCTYPE html><title>404</title>');
    }
    const swapping = await serve(out);
    try {
      // out → out-previous, then, a moment later, out-building → out (scripts/build.mjs).
      renameSync(out, path.join(base, 'out-previous'));
      const during = fetch(`${swapping.origin}/`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      renameSync(next, out);
      const response = await during;
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>new</title>');
    } finally {
      await swapping.close();
    }
  });
});
