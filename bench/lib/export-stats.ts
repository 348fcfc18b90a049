/**
 * What a static host receives: files and bytes of an export, the share cards, the search
 * index, and the limits of the free hosts (GitHub Pages: 1 GB a site; Cloudflare Pages free:
 * 20,000 files a site and 25 MiB a file). "Without question pages" counts the export minus
 * each question's share page and card — exactly what QUESTION_PAGES=off leaves out
 * (tests/site/question-pages-off.test.ts checks that it is exactly those files).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const GITHUB_PAGES_BYTES = 1e9;
export const CLOUDFLARE_FREE_FILES = 20_000;
export const CLOUDFLARE_FILE_BYTES = 25 * 2 ** 20;

export function exportStats(outDir: string, posts: number) {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  let cards = 0;
  let cardBytes = 0;
  let questionFiles = 0;
  let questionBytes = 0;
  let searchFiles = 0;
  let searchBytes = 0;
  let largest = { file: '', bytes: 0 };
  // Every file is checked against the per-file limit, not only the largest one reported.
  const overFileLimit: string[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(outDir, path.join(entry.parentPath, entry.name));
    const size = statSync(path.join(outDir, file)).size;
    files++;
    bytes += size;
    if (size > largest.bytes) largest = { file, bytes: size };
    if (size > CLOUDFLARE_FILE_BYTES) overFileLimit.push(file);
    if (file.endsWith('.html')) pages++;
    // A card is og.png, or og.jpg when it shows the post's photo.
    if (/(^|\/)og\.(png|jpg)$/.test(file)) {
      cards++;
      cardBytes += size;
    }
    if (/^posts\/[^/]+\/q\//.test(file)) {
      questionFiles++;
      questionBytes += size;
    }
    if (file.startsWith('search-index/')) {
      searchFiles++;
      searchBytes += size;
    }
  }
  const lean = { files: files - questionFiles, bytes: bytes - questionBytes };
  return {
    files,
    mb: +(bytes / 1e6).toFixed(1),
    pages,
    cards,
    meanCardKb: cards ? +(cardBytes / cards / 1024).toFixed(1) : 0,
    searchFiles,
    searchMb: +(searchBytes / 1e6).toFixed(1),
    filesPerPost: +(files / posts).toFixed(1),
    kbPerPost: Math.round(bytes / posts / 1024),
    withoutQuestionPages: { files: lean.files, mb: +(lean.bytes / 1e6).toFixed(1) },
    largestFile: { file: largest.file, mb: +(largest.bytes / 1e6).toFixed(2) },
    /** Files over 25 MiB (Cloudflare's and many CDNs' per-file limit): should be none. */
    filesOver25MiB: overFileLimit,
    fitsGithubPages: bytes <= GITHUB_PAGES_BYTES && largest.bytes <= 100 * 2 ** 20,
    fitsCloudflareFree: files <= CLOUDFLARE_FREE_FILES && largest.bytes <= CLOUDFLARE_FILE_BYTES,
    fitsCloudflareFreeWithoutQuestionPages:
      lean.files <= CLOUDFLARE_FREE_FILES && largest.bytes <= CLOUDFLARE_FILE_BYTES,
  };
}
