// @ts-check
/**
 * The steps `npm run build` runs on Next's export, in order, on each page's parsed HTML:
 * 1. static-pages.mjs removes the framework runtime (reading pages ship only our modules),
 * 2. csp.mjs adds the page's Content-Security-Policy for the scripts that are left;
 * then the runtime's files (RSC payloads, chunks) are deleted from the export, and the
 * site-wide policy in _headers gets the hashes of the inline scripts instead of 'unsafe-inline'.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { addCsp, hashSource, runnableInlineScripts, tightenHeaders } from './csp.mjs';
import { BUNDLE, questionPages } from './question-pages.mjs';
import { PLACEHOLDER, removeRuntimeFiles, withoutRuntime } from './static-pages.mjs';

/** @param {string} html @param {string} [file] */
export function finishPage(html, file) {
  return finishParsedPage(html, file).toString();
}

/** @param {string} html @param {string} [file] */
function finishParsedPage(html, file) {
  // comment: false drops React's text separators (`<!-- -->`), which only the runtime reads.
  const root = parse(html, { comment: false });
  withoutRuntime(root, file);
  addCsp(root, file);
  return root;
}

/**
 * Runs `task` on every item with at most `limit` in flight: file reads and writes overlap while
 * the parsing (synchronous) takes turns.
 * @template T @param {T[]} items @param {number} limit @param {(item: T) => Promise<void>} task
 */
async function eachLimited(items, limit, task) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(/** @type {T} */ (items[next++]));
  });
  await Promise.all(lanes);
}

/**
 * Finishes `pages` in place, and writes the question pages of each post's `q-all` page
 * (./question-pages.mjs) in its place; returns the hashes of the inline scripts they run and
 * how many pages the export has now.
 * @param {string} root @param {string[]} pages
 */
async function finishPages(root, pages) {
  /** @type {Set<string>} */
  const inline = new Set();
  let count = 0;
  await eachLimited(pages, 16, async (file) => {
    const relative = path.relative(root, file);
    const page = finishParsedPage(await readFile(file, 'utf8'), relative);
    for (const text of runnableInlineScripts(page)) inline.add(hashSource(text));
    // A placeholder (no post has questions, or QUESTION_PAGES=off) is deleted with the others.
    const placeholder = relative.split(path.sep).some((part) => part.startsWith(PLACEHOLDER));
    if (path.basename(file) !== BUNDLE || placeholder) {
      count += 1;
      return writeFile(file, page.toString());
    }
    const dir = path.join(path.dirname(file), 'q');
    await mkdir(dir, { recursive: true });
    const written = questionPages(page, relative);
    for (const [n, html] of written) await writeFile(path.join(dir, `${n}.html`), html);
    count += written.length;
    await rm(file);
  });
  return { inline, count };
}

/** @param {string} root the export folder */
export async function finishExport(root) {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const pages = files.filter((file) => file.endsWith('.html'));
  const { inline, count } = await finishPagesInThreads(root, pages);
  const deleted = await removeRuntimeFiles(root, files);
  const headers = path.join(root, '_headers');
  if (existsSync(headers))
    await writeFile(headers, tightenHeaders(await readFile(headers, 'utf8'), inline));
  return { pages: count, deleted, inlineScripts: inline.size };
}

/**
 * finishPages on one thread a core (parsing is synchronous: 8,800 pages took 19 s on one core),
 * each with every n-th page. This same module is the threads' code.
 * @param {string} root @param {string[]} pages
 */
async function finishPagesInThreads(root, pages) {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(pages.length / 100)));
  if (threads === 1) return finishPages(root, pages);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const share = pages.filter((_, i) => i % threads === t);
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { task: 'finish-pages', root, pages: share },
      });
      return /** @type {Promise<{ inline: string[], count: number }>} */ (
        new Promise((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        })
      );
    }),
  );
  return {
    inline: new Set(parts.flatMap((part) => part.inline)),
    count: parts.reduce((sum, part) => sum + part.count, 0),
  };
}

if (!isMainThread && workerData?.task === 'finish-pages') {
  const { inline, count } = await finishPages(workerData.root, workerData.pages);
  parentPort?.postMessage({ inline: [...inline], count });
}
