// @ts-check
/**
 * Serves out/ the way a plain static host does: `/a` → `a.html`, `/a/` → `a/index.html` (or a
 * redirect to `/a` when `a.html` exists), unknown paths → `404.html` with status 404, correct
 * content types, no directory listings. With BASE_PATH set, the site answers under that prefix
 * only (like GitHub Pages). Headers from out/_headers (Netlify/Cloudflare Pages format) are
 * applied, so tests see the security headers a real host would send.
 *
 * It is exposed (`npm start` on a LAN, in a container), so every request is handled inside an
 * error boundary, the path is decoded and normalised once before any check, hidden files are
 * never served, only regular files whose real path is inside the root are, and compression
 * never blocks the event loop (async brotli/gzip, one cached promise per file version).
 * Why not `send`/`sirv`/`serve-handler`: each would still need our `_headers` rules, the
 * `.html` lookup, the base path and the hidden-file policy; the whole server is this file.
 *
 *   node scripts/serve.mjs [--port 3000] [--host 127.0.0.1] [--dir out]
 */
import { createReadStream } from 'node:fs';
import { open, readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.flac': 'audio/flac',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|rss\+xml)|image\/svg)/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Thrown for a request that cannot be a path of ours: answered with 400. */
class BadRequest extends Error {}

/**
 * Compressed copies, one promise per file version and encoding (concurrent first requests
 * share it), made on libuv's thread pool. Bounded: the oldest go when the total passes 64 MB.
 * @type {Map<string, Promise<Buffer>>}
 */
const compressed = new Map();
const COMPRESSED_LIMIT = 64 * 1024 * 1024;
let compressedBytes = 0;

/**
 * Brotli's best quality costs about 4 ms a KB: fine for a page, a second for a 270 KB search
 * shard, which the reader would wait for. Past 16 KB the quality CDNs use on the fly (5: ~6 ms
 * for that shard, 40 % larger than the best).
 */
const SMALL = 16 * 1024;

/** @param {string} key @param {Buffer} raw @param {'br' | 'gzip'} encoding */
function compressedBody(key, raw, encoding) {
  let body = compressed.get(key);
  if (!body) {
    const small = raw.length <= SMALL;
    body =
      encoding === 'br'
        ? brotli(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: small ? 11 : 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          })
        : gzipAsync(raw, { level: small ? 9 : 6 });
    compressed.set(key, body);
    body.then(
      (buffer) => {
        compressedBytes += buffer.length;
        for (const [old, promise] of compressed) {
          if (compressedBytes <= COMPRESSED_LIMIT) break;
          compressed.delete(old);
          promise.then((b) => (compressedBytes -= b.length)).catch(() => {});
        }
      },
      () => compressed.delete(key),
    );
  }
  return body;
}

/**
 * The best encoding the client accepts, by q-value: `br;q=0` refuses brotli, `*` stands for
 * the codings not named. Ties prefer brotli.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(header) {
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (/** @type {string} */ name) => q.get(name) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

/**
 * The request's path below the base path, decoded once and normalised, or null when it is not
 * under the base path. Throws BadRequest for what no browser sends: a target that is not a
 * path, bad percent-encoding (overlong UTF-8 included), NUL or backslashes.
 * @param {string | undefined} target the request target as sent
 * @param {string} basePath
 */
export function sitePathOf(target, basePath) {
  let raw = (target ?? '').split('?')[0] ?? '';
  if (/^https?:\/\//i.test(raw)) {
    // absolute-form (proxies): keep only the path
    try {
      raw = new URL(raw).pathname;
    } catch {
      throw new BadRequest('bad request target');
    }
  }
  if (!raw.startsWith('/')) throw new BadRequest('bad request target');
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new BadRequest('bad percent-encoding');
  }
  if (/[\0\\]/.test(decoded)) throw new BadRequest('NUL or backslash in path');
  const clean = path.posix.normalize(decoded);
  if (!basePath) return clean;
  if (clean === basePath) return '';
  return clean.startsWith(`${basePath}/`) ? clean.slice(basePath.length) : null;
}

/** Host configuration files and dotfiles are read by the host, never served. @param {string} p */
export const isHidden = (p) =>
  /^\/(_headers|_redirects)$/.test(p) || p.split('/').some((segment) => segment.startsWith('.'));

/**
 * The regular file a site path maps to, or null. Only files whose real path (symlinks
 * resolved) is inside the root are served.
 * @param {string} root absolute path of the folder served
 * @param {string} sitePath normalised path below the base path, starting with `/`
 */
export async function resolveFile(root, sitePath) {
  if (isHidden(sitePath)) return null;
  const realRoot = await realpath(root).catch(() => null);
  if (!realRoot) return null;
  const target = path.join(realRoot, sitePath);
  const candidates = sitePath.endsWith('/')
    ? [path.join(target, 'index.html')]
    : [target, `${target}.html`, path.join(target, 'index.html')];
  for (const candidate of candidates) {
    const real = await realpath(candidate).catch(() => null);
    if (!real || !real.startsWith(realRoot + path.sep)) continue;
    if ((await stat(real).catch(() => null))?.isFile()) return real;
  }
  return null;
}

/**
 * Rules of a `_headers` file: a path pattern (`/*` wildcards) on its own line, then indented
 * `Name: value` lines.
 * @param {string} text
 * @returns {Array<{ pattern: RegExp, headers: Array<[string, string]> }>}
 */
export function parseHeadersFile(text) {
  /** @type {Array<{ pattern: RegExp, headers: Array<[string, string]> }>} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
      rules.push({ pattern: new RegExp(`^${source.join('.*')}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0)
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Rules of a `_redirects` file (the Netlify and Cloudflare Pages format the build writes for
 * renamed posts, lib/posts/aliases.ts): `from to [status]` a line, `from` ending in `/*` for
 * everything under it, `:splat` in `to` for what the star matched.
 * @param {string} text
 * @returns {Array<{ from: string, splat: boolean, to: string, status: number }>}
 */
export function parseRedirectsFile(text) {
  return text.split('\n').flatMap((line) => {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith('#') || !from.startsWith('/')) return [];
    const code = Number(status ?? 301);
    return [
      {
        from: from.endsWith('/*') ? from.slice(0, -1) : from,
        splat: from.endsWith('/*'),
        to,
        status: [301, 302, 307, 308].includes(code) ? code : 301,
      },
    ];
  });
}

/**
 * Where a redirect rule sends `pathname` (the whole path, base path included), or null.
 * @param {ReturnType<typeof parseRedirectsFile>} rules @param {string} pathname
 */
export function redirectFor(rules, pathname) {
  for (const rule of rules) {
    if (!rule.splat && rule.from === pathname) return { location: rule.to, status: rule.status };
    if (rule.splat && pathname.startsWith(rule.from) && pathname.length > rule.from.length) {
      const rest = pathname.slice(rule.from.length);
      return { location: rule.to.replace(':splat', rest), status: rule.status };
    }
  }
  return null;
}

/** @param {string} etag @param {string | undefined} header */
const matchesEtag = (etag, header) =>
  (header ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag.replace(/^W\//, ''));

/**
 * The byte range a `Range` header asks of a file of `size` bytes (RFC 9110 §14): one
 * `bytes=` range (`a-b`, `a-`, `-n`), clipped to the file. `null`: serve the whole file (no
 * header, another unit, several ranges or a malformed one, which a server may ignore);
 * `'unsatisfiable'`: a well-formed range that starts past the end (416).
 * @param {string | undefined} header @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | null}
 */
export function rangeOf(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec((header ?? '').trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Number(last);
  if (end < start) return null;
  return { start, end: Math.min(end, size - 1) };
}

/**
 * Whether an `If-Range` validator still names this version (else the whole file is sent). A
 * weak ETag never matches (RFC 9110 §13.1.5); a date must equal Last-Modified.
 * Sent twice, it is ambiguous: the whole file.
 * @param {string | string[] | undefined} header @param {string} etag @param {Date} modified
 */
function ifRangeHolds(header, etag, modified) {
  if (header === undefined) return true;
  if (Array.isArray(header)) return false;
  const value = header.trim();
  if (value.startsWith('"') || value.startsWith('W/'))
    return !etag.startsWith('W/') && value === etag;
  return Date.parse(value) === Math.floor(modified.getTime() / 1000) * 1000;
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {{ root: string, basePath?: string, log?: (message: string) => void }} options
 * @returns {http.Server}
 */
export function createStaticServer({ root, basePath = '', log = console.error }) {
  const absoluteRoot = path.resolve(root);
  /** @type {{ mtime: number, rules: ReturnType<typeof parseHeadersFile> }} */
  let headerRules = { mtime: -1, rules: [] };

  /** _headers, re-read when a rebuild replaced it. */
  async function rulesFor() {
    const info = await stat(path.join(absoluteRoot, '_headers')).catch(() => null);
    if (info && info.mtimeMs !== headerRules.mtime) {
      const text = await readFile(path.join(absoluteRoot, '_headers'), 'utf8').catch(() => '');
      headerRules = { mtime: info.mtimeMs, rules: parseHeadersFile(text) };
    }
    return headerRules.rules;
  }

  /** @type {{ mtime: number, rules: ReturnType<typeof parseRedirectsFile> }} */
  let redirectRules = { mtime: -1, rules: [] };

  /** _redirects, re-read when a rebuild replaced it. */
  async function redirectsFor() {
    const info = await stat(path.join(absoluteRoot, '_redirects')).catch(() => null);
    if (!info) return [];
    if (info.mtimeMs !== redirectRules.mtime) {
      const text = await readFile(path.join(absoluteRoot, '_redirects'), 'utf8').catch(() => '');
      redirectRules = { mtime: info.mtimeMs, rules: parseRedirectsFile(text) };
    }
    return redirectRules.rules;
  }

  /**
   * Opens the file for a site path. While `npm run build` swaps out/ (out → out-previous,
   * out-building → out) the root is missing for a moment: wait for it rather than answer 404.
   * @param {string} sitePath
   */
  async function openFile(sitePath) {
    for (let attempt = 0; attempt < 40; attempt++) {
      if (attempt > 0) await sleep(50);
      const file = await resolveFile(absoluteRoot, sitePath);
      if (file) {
        // Held open: a rebuild that deletes the file cannot cut the response short. If it went
        // between finding and opening, look again.
        const handle = await open(file, 'r').catch(() => null);
        if (handle) return { file, handle };
        continue;
      }
      const rootPresent = await stat(path.join(absoluteRoot, 'index.html')).catch(() => null);
      if (rootPresent) return null;
    }
    return null;
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const sitePath = sitePathOf(req.url, basePath);
    if (sitePath === '') {
      res.writeHead(301, { Location: `${basePath}/` }).end();
      return;
    }
    // `/posts/x/` → `/posts/x` when that is a page (hosts with pretty URLs do the same).
    if (sitePath && sitePath.length > 1 && sitePath.endsWith('/')) {
      const withoutSlash = sitePath.replace(/\/+$/, '');
      const page = await resolveFile(absoluteRoot, `${withoutSlash}.html`);
      if (page && !(await resolveFile(absoluteRoot, sitePath))) {
        const query = (req.url ?? '').includes('?') ? `?${(req.url ?? '').split('?')[1]}` : '';
        res.writeHead(301, { Location: `${basePath}${encodeURI(withoutSlash)}${query}` }).end();
        return;
      }
    }
    // A renamed post's old path: a real redirect, as hosts that read _redirects answer it (a
    // file there, the redirect page, is what hosts that do not read it serve).
    if (sitePath) {
      const moved = redirectFor(await redirectsFor(), `${basePath}${sitePath}`);
      if (moved) {
        const query = (req.url ?? '').includes('?') ? `?${(req.url ?? '').split('?')[1]}` : '';
        res.writeHead(moved.status, { Location: `${encodeURI(moved.location)}${query}` }).end();
        return;
      }
    }
    let opened = sitePath === null ? null : await openFile(sitePath);
    let status = 200;
    if (!opened) {
      status = 404;
      opened = await openFile('/404.html');
      if (!opened) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
        return;
      }
    }
    const { file, handle } = opened;
    try {
      const info = await handle.stat();
      const type =
        TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file).toLowerCase())] ??
        'application/octet-stream';
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      /** @type {Record<string, string | number>} */
      const headers = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'Last-Modified': info.mtime.toUTCString(),
        ETag: etag,
        Vary: 'Accept-Encoding',
      };
      for (const rule of await rulesFor()) {
        if (sitePath && rule.pattern.test(sitePath))
          for (const [name, value] of rule.headers) headers[name] = value;
      }
      const since = Date.parse(req.headers['if-modified-since'] ?? '');
      const fresh = req.headers['if-none-match']
        ? matchesEtag(etag, req.headers['if-none-match'])
        : Number.isFinite(since) && Math.floor(info.mtimeMs / 1000) * 1000 <= since;
      if (status === 200 && fresh) {
        res.writeHead(304, headers).end();
        return;
      }
      // Byte ranges (seeking in a recording, resuming a download) of the file as stored; a
      // range request is never compressed, so its offsets are the file's.
      const range =
        status === 200 && ifRangeHolds(req.headers['if-range'], etag, info.mtime)
          ? rangeOf(req.headers.range, info.size)
          : null;
      if (range === 'unsatisfiable') {
        res
          .writeHead(416, {
            ...headers,
            'Content-Range': `bytes */${info.size}`,
            'Content-Length': 0,
          })
          .end();
        return;
      }
      if (range) {
        const length = range.end - range.start + 1;
        res.writeHead(206, {
          ...headers,
          'Accept-Ranges': 'bytes',
          'Content-Range': `bytes ${range.start}-${range.end}/${info.size}`,
          'Content-Length': length,
        });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        await pipeline(
          createReadStream('', {
            fd: handle,
            autoClose: false,
            start: range.start,
            end: range.end,
          }),
          res,
        ).catch(() => {});
        return;
      }
      const encoding =
        COMPRESSIBLE.test(type) && info.size > 1024
          ? chooseEncoding(req.headers['accept-encoding'])
          : null;
      if (encoding) {
        const raw = await handle.readFile();
        const body = await compressedBody(
          `${encoding}:${file}:${info.mtimeMs}:${info.size}`,
          raw,
          encoding,
        );
        res.writeHead(status, {
          ...headers,
          'Content-Encoding': encoding,
          'Content-Length': body.length,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(status, {
        ...headers,
        ...(status === 200 ? { 'Accept-Ranges': 'bytes' } : {}),
        'Content-Length': info.size,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      // pipeline closes the file and the response on every outcome, a client gone midway too.
      await pipeline(createReadStream('', { fd: handle, autoClose: false, start: 0 }), res).catch(
        () => {},
      );
    } finally {
      await handle.close().catch(() => {});
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (error instanceof BadRequest) {
        if (!res.headersSent)
          res.writeHead(400, { 'Content-Type': 'text/plain' }).end('400 Bad Request');
        return;
      }
      log(`serve: ${req.method} ${JSON.stringify(req.url)} failed: ${error?.stack ?? error}`);
      if (!res.headersSent)
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end('500 Internal Server Error');
      else res.destroy();
    });
  });
  // Malformed requests (bad request lines, huge headers, smuggling shapes) never reach the
  // handler: answer 400 and close, as Node would, without ever throwing.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  // A client that dribbles its headers (slowloris) is cut off after 10 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return server;
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (!key || value === undefined)
      throw new Error(`usage: serve.mjs [--port N] [--host H] [--dir D]`);
    args[key] = value;
  }
  return args;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const port = Number(args.port ?? process.env.PORT ?? 3000);
  const host = args.host ?? '127.0.0.1';
  const root = path.resolve(args.dir ?? 'out');
  const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
  const prefix = basePath && !basePath.startsWith('/') ? `/${basePath}` : basePath;
  if (!(await stat(path.join(root, 'index.html')).catch(() => null))) {
    console.error(`${root} holds no index.html: run "npm run build" first.`);
    process.exit(1);
  }
  createStaticServer({ root, basePath: prefix }).listen(port, host, () => {
    console.log(
      `대담: serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${prefix}/`,
    );
  });
}
