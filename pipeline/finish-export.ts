/**
 * The steps `npm run build` runs on Next's export, in order, on each page's parsed HTML:
 * 1. ./remove-runtime.ts removes the framework runtime (reading pages ship only our modules),
 * 2. ./inline-styles.ts puts the stylesheet inside the page (all but question pages),
 * 3. ./csp.ts adds the page's Content-Security-Policy for the scripts and styles that are left;
 * then the runtime's files (RSC payloads, chunks) are deleted from the export, and the
 * site-wide policy in _headers gets the hashes of the inline scripts and styles instead of
 * 'unsafe-inline'.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { addCsp, hashSource, runnableInlineScripts, tightenHeaders } from './csp';
import { eachLimited } from './each-limited';
import {
  inlineStyles,
  inlineStylesheets,
  inlinesStyles,
  removeUnlinkedStylesheets,
} from './inline-styles';
import { applyPagePlan, localAssets } from './page-cache/export';
import type { PageFacts } from './page-cache/export';
import { PLACEHOLDER } from '../lib/placeholder';
import { removeRuntimeFiles, withoutRuntime } from './remove-runtime';
import { tsThread } from './ts-thread';

/**
 * One exported page finished: parsed, the runtime removed, its stylesheet inlined (when the
 * export folder `root` is given), and a policy added for the scripts and styles left. `file`
 * (relative to the export) names the page in errors.
 */
export function finishPage(html: string, file?: string, root?: string): HTMLElement {
  // comment: false drops React's text separators (`<!-- -->`), which only the runtime reads.
  const page = parse(html, { comment: false });
  withoutRuntime(page, file);
  if (root && file && inlinesStyles(file)) inlineStylesheets(page, root);
  addCsp(page, file);
  return page;
}

const hashesOf = (texts: string[]) => [...new Set(texts.map((text) => hashSource(text)))];

/** What ./page-cache/export.ts keeps of a finished page. */
const factsOf = (page: HTMLElement): PageFacts => ({
  inline: hashesOf(runnableInlineScripts(page)),
  styles: hashesOf(inlineStyles(page)),
  assets: localAssets(page),
});

/**
 * Finishes `pages` in place; returns, for each page, the hashes of the inline scripts it runs
 * and the files it loads (./page-cache/export.ts keeps both).
 */
async function finishPages(root: string, pages: string[]): Promise<Array<[string, PageFacts]>> {
  const finished: Array<[string, PageFacts]> = [];
  const site = (file: string) => path.relative(root, file).split(path.sep).join('/');
  await eachLimited(pages, 16, async (file) => {
    const relative = path.relative(root, file);
    const page = finishPage(await readFile(file, 'utf8'), relative, root);
    // A placeholder (a route with nothing to show) is deleted with the runtime's files.
    if (relative.split(path.sep).some((part) => part.startsWith(PLACEHOLDER)))
      return writeFile(file, page.toString());
    finished.push([site(file), factsOf(page)]);
    await writeFile(file, page.toString());
  });
  return finished;
}

/**
 * Finishes the export in `root`. `pagePlan`: the plan ./page-cache/plan.ts wrote, when pages
 * were left to the cache. `beside`: work on the export done while the pages are parsed (on
 * other threads), such as moving files in; it must not touch Next's files, which are listed
 * before it starts and deleted after it ends.
 */
export async function finishExport(
  root: string,
  { pagePlan, beside = async () => {} }: { pagePlan?: string; beside?: () => Promise<void> } = {},
) {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const pages = files.filter((file) => file.endsWith('.html'));
  const [pagesFinished] = await Promise.all([finishPagesInThreads(root, pages), beside()]);
  const finished = new Map(pagesFinished);
  const inline = new Set([...finished.values()].flatMap((facts) => facts.inline));
  const styles = new Set([...finished.values()].flatMap((facts) => facts.styles));
  const { files: deleted, segmentFiles } = await removeRuntimeFiles(root, files);
  // Pages the runtime step deleted (_not-found.html) are not pages of the site.
  for (const relative of finished.keys())
    if (!existsSync(path.join(root, relative))) finished.delete(relative);
  const assets = new Set([...finished.values()].flatMap((facts) => facts.assets));
  let count = finished.size;
  let restored = 0;
  if (pagePlan) {
    const cache = await applyPagePlan(root, pagePlan, finished);
    for (const hash of cache.inline) inline.add(hash);
    for (const hash of cache.styles) styles.add(hash);
    for (const url of cache.assets) assets.add(url);
    restored = cache.restored;
    count += restored;
  }
  await removeUnlinkedStylesheets(root, files, assets);
  const headers = path.join(root, '_headers');
  if (existsSync(headers))
    await writeFile(headers, tightenHeaders(await readFile(headers, 'utf8'), inline, styles));
  return {
    pages: count,
    rendered: finished.size,
    restored,
    deleted,
    segmentFiles,
    inlineScripts: inline.size,
  };
}
/**
 * finishPages on one thread a core (parsing is synchronous: 8,800 pages took 19 s on one core),
 * each with every n-th page. This same module is the threads' code.
 */
async function finishPagesInThreads(
  root: string,
  pages: string[],
): Promise<Array<[string, PageFacts]>> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(pages.length / 100)));
  if (threads === 1) return finishPages(root, pages);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const share = pages.filter((_, i) => i % threads === t);
      const worker = tsThread(fileURLToPath(import.meta.url), {
        task: 'finish-pages',
        root,
        pages: share,
      });
      return new Promise<Array<[string, PageFacts]>>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  return parts.flat();
}

if (!isMainThread && workerData?.task === 'finish-pages') {
  parentPort?.postMessage(await finishPages(workerData.root, workerData.pages));
}
