// @ts-check
/**
 * Preloaded into `next build` and the processes it starts by scripts/build.mjs (as
 * build-heap.mjs is); it acts in the render workers only. For every page it prerenders, Next
 * writes the page's per-segment prefetch data, ~7 files in a `<page>.segments/` folder under
 * .next/server/app, and its export copies them to `__next.*.txt` files beside the page: data
 * for the client router's prefetcher, which reading pages do not ship (static-pages.mjs
 * deletes them). At 1,000 posts that was ~16,500 files written, ~16,500 copied and then
 * deleted, each a file created on disk (bench/README.md). Next 16 has no setting for it, so
 * here writing into a `.segments` folder does nothing; the export finds no such folder and
 * copies nothing.
 *
 * If Next writes these files some other way, they are written and deleted as before; if it
 * ever reads them back during the build, that read fails and so does the build.
 */
import fs from 'node:fs/promises';

/** A path inside a page's segments folder (`…/<page>.segments/…`, or the folder itself). */
export const inSegmentsFolder = (/** @type {unknown} */ file) =>
  typeof file === 'string' &&
  /[\\/]server[\\/]app[\\/](?:.*[\\/])?[^\\/]+\.segments(?:[\\/]|$)/.test(file);

if (process.argv[1]?.endsWith('processChild.js')) {
  const { writeFile, mkdir } = fs;
  /** @type {typeof fs.writeFile} */
  const skippingWrite = (file, ...rest) =>
    inSegmentsFolder(file) ? Promise.resolve() : writeFile(file, ...rest);
  /** @type {typeof fs.mkdir} */
  const skippingMkdir = /** @type {typeof fs.mkdir} */ (
    (dir, ...rest) =>
      inSegmentsFolder(dir) ? Promise.resolve(undefined) : mkdir(dir, .../** @type {[]} */ (rest))
  );
  fs.writeFile = skippingWrite;
  fs.mkdir = skippingMkdir;
}
