/**
 * `npm run bench:search -- [--sizes 1000,5000,10000]`: the sharded search at archive sizes
 * without building thousands of pages. The search page is the same at any size, so one small
 * site is built, and for each size the content check writes the index of that many generated
 * interviews (the same code `npm run build` runs) beside a copy of the page; then Chromium
 * searches it (bench/lib/search.ts). Reports index build time, files and bytes, and per query
 * the bytes downloaded (gzip) and the time to the first results. Writes
 * bench/results/search-<date>.json.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generatePosts } from './generate';
import { measure } from './lib/measure';
import { searchAtScale } from './lib/search';
import { saveResults } from './lib/results';
import { BUILD_ENV, CHROME } from './lib/setup';

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 5000];
const ROOT = process.cwd();
const WORK = path.join(ROOT, 'bench/.work');
const env = BUILD_ENV;

function folderSize(dir: string) {
  let files = 0;
  let bytes = 0;
  let gzip = 0;
  let largestShardGzip = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files++;
    bytes += statSync(file).size;
    const zipped = gzipSync(readFileSync(file)).length;
    gzip += zipped;
    if (entry.parentPath.endsWith(`${path.sep}s`))
      largestShardGzip = Math.max(largestShardGzip, zipped);
  }
  return {
    files,
    mb: +(bytes / 1e6).toFixed(1),
    gzipMb: +(gzip / 1e6).toFixed(1),
    largestShardGzipKb: +(largestShardGzip / 1024).toFixed(1),
  };
}

mkdirSync(WORK, { recursive: true });
// One small site for the page itself.
const pagePosts = path.join(WORK, 'search-page-posts');
generatePosts(pagePosts, 3);
const pageOut = path.relative(ROOT, path.join(WORK, 'search-page'));
const built = await measure(process.execPath, ['scripts/build.mjs'], {
  ...env,
  POSTS_DIR: pagePosts,
  OUT_DIR: pageOut,
});
if (built.code !== 0) throw new Error(built.output);

const rows = [];
for (const size of SIZES) {
  const posts = path.join(WORK, `search-posts-${size}`);
  generatePosts(posts, size);
  const site = path.join(WORK, `search-${size}`);
  rmSync(site, { recursive: true, force: true });
  cpSync(pageOut, site, { recursive: true });
  rmSync(path.join(site, 'search-index'), { recursive: true, force: true });
  const check = await measure(
    process.execPath,
    [
      path.join('node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/check-content.ts',
      '--search',
      path.join(site, 'search-index'),
    ],
    { ...env, POSTS_DIR: posts },
  );
  if (check.code !== 0) throw new Error(check.output);
  const indexLine = /search index: (.+)/.exec(check.output)?.[1]?.trim();
  const index = folderSize(path.join(site, 'search-index'));
  console.log(
    `${size} posts: ${indexLine}; check ${Math.round(check.ms)} ms, ${check.peakRssMb} MB`,
  );
  const search = await searchAtScale(CHROME, site);
  console.table(search.rows);
  rows.push({
    posts: size,
    indexBuild: indexLine,
    checkMs: Math.round(check.ms),
    checkPeakRssMb: check.peakRssMb,
    index,
    ...search,
  });
  rmSync(posts, { recursive: true, force: true });
}

const results = { date: new Date().toISOString(), sizes: SIZES, rows };
const file = saveResults('search-', results);
console.table(
  rows.map(
    ({ posts, index, medianGzipKb, maxGzipKb, medianFirstResultsMs, maxFirstResultsMs }) => ({
      posts,
      files: index.files,
      indexMb: index.mb,
      largestShardGzipKb: index.largestShardGzipKb,
      medianGzipKb,
      maxGzipKb,
      medianFirstResultsMs,
      maxFirstResultsMs,
    }),
  ),
);
console.log(`written to ${file}`);
