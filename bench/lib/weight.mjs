// @ts-check
/**
 * Bytes a page makes a browser download, from the exported files: the HTML itself, and every
 * script and stylesheet it references, raw, gzip (level 9) and brotli (quality 11) — what a
 * static host with compression sends. Fonts are counted in the browser (bench/lib/fonts.mjs):
 * only the unicode-range slices a page needs are downloaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {Buffer} bytes */
export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** @param {Array<{ raw: number, gzip: number, brotli: number }>} list */
function sum(list) {
  return list.reduce(
    (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

/**
 * @param {string} outDir the export folder
 * @param {string} htmlFile path of the page inside it, e.g. `posts/a.html`
 * @param {string} [basePath]
 */
export function pageWeight(outDir, htmlFile, basePath = '') {
  const html = readFileSync(path.join(outDir, htmlFile));
  const text = html.toString('utf8');
  /** @param {RegExp} pattern */
  const refs = (pattern) => [...new Set([...text.matchAll(pattern)].map((m) => m[1] ?? ''))];
  const file = (/** @type {string} */ url) =>
    readFileSync(
      path.join(outDir, decodeURIComponent(url.slice(basePath.length).split('?')[0] ?? '')),
    );
  // A module named by src, or by data-module for the loader that imports it after load.
  const scripts = refs(/<script[^>]+?\b(?:src|data-module)="([^"]+)"/g);
  const styles = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  return {
    html: sizes(html),
    js: sum(scripts.map((url) => sizes(file(url)))),
    css: sum(styles.map((url) => sizes(file(url)))),
    scripts: scripts.length,
  };
}
