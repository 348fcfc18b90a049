// @ts-check
/**
 * Serves out/ the way a plain static host does: `/a` → `a.html`, `/a/` → `a/index.html`,
 * unknown paths → `404.html` with status 404, correct content types, no directory listings.
 * With BASE_PATH set, the site answers under that prefix only (like GitHub Pages). Headers
 * from out/_headers (Netlify/Cloudflare Pages format) are applied, so tests see the security
 * headers a real host would send.
 *
 *   node scripts/serve.mjs [--port 3000] [--host 127.0.0.1] [--dir out]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
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
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|rss\+xml)|image\/svg)/;

/** Compressed copies, made once per file version, as a static host's CDN keeps them. */
/** @type {Map<string, Buffer>} */
const compressed = new Map();

/**
 * Brotli or gzip when the client accepts it (every static host named in the README does this),
 * so that timings in the browser match what readers get.
 * @param {string} file @param {number} mtime @param {'br' | 'gzip'} encoding
 */
async function compressedBody(file, mtime, encoding) {
  const key = `${encoding}:${file}:${mtime}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = await readFile(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

/** @param {string} file */
async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a URL path maps to, or null. Never leaves `root`.
 * @param {string} root absolute path of the folder served
 * @param {string} urlPath decoded path below the base path, starting with `/`
 */
export async function resolveFile(root, urlPath) {
  const clean = path.posix.normalize(urlPath);
  if (clean.includes('\0')) return null;
  const target = path.join(root, clean);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  const candidates = clean.endsWith('/')
    ? [path.join(target, 'index.html')]
    : [target, `${target}.html`, path.join(target, 'index.html')];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
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
 * @param {{ root: string, basePath?: string }} options
 * @returns {http.Server}
 */
export function createStaticServer({ root, basePath = '' }) {
  const absoluteRoot = path.resolve(root);
  const rules = readFile(path.join(absoluteRoot, '_headers'), 'utf8').then(
    parseHeadersFile,
    () => [],
  );
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad Request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (basePath && pathname === basePath) {
      res.writeHead(301, { Location: `${basePath}/` }).end();
      return;
    }
    const inside = !basePath || pathname.startsWith(`${basePath}/`);
    const sitePath = pathname.slice(basePath.length);
    // Host configuration files are read by the host, never served.
    const hidden = /^\/(_headers|_redirects)$/.test(sitePath);
    const file = inside && !hidden ? await resolveFile(absoluteRoot, sitePath) : null;
    const served = file ?? path.join(absoluteRoot, '404.html');
    const status = file ? 200 : 404;
    if (!file && !(await isFile(served))) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
      return;
    }
    const type =
      TYPES[/** @type {keyof typeof TYPES} */ (path.extname(served).toLowerCase())] ??
      'application/octet-stream';
    const info = await stat(served);
    /** @type {Record<string, string | number>} */
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
    for (const rule of await rules) {
      if (rule.pattern.test(sitePath))
        for (const [name, value] of rule.headers) headers[name] = value;
    }
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    if (encoding && COMPRESSIBLE.test(type) && info.size > 1024) {
      const body = await compressedBody(served, info.mtimeMs, encoding);
      res.writeHead(status, {
        ...headers,
        'Content-Encoding': encoding,
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': info.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(served).pipe(res);
  });
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
  if (!(await isFile(path.join(root, 'index.html')))) {
    console.error(`${root} holds no index.html: run "npm run build" first.`);
    process.exit(1);
  }
  createStaticServer({ root, basePath: prefix }).listen(port, host, () => {
    console.log(
      `대담: serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${prefix}/`,
    );
  });
}
