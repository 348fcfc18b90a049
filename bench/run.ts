/**
 * `npm run bench`: build scaling, then our pages side by side with the floor (a bare Next.js
 * page of the same text, built in the same run): page weight, Lighthouse in alternating rounds,
 * and the time from a click to the next page's first paint with and without prerendering.
 * Writes bench/results/<date>.json and prints tables. See bench/README.md.
 *
 *   npm run bench                  sizes 1, 100, 1000; 5 alternating rounds
 *   npm run bench -- --quick       sizes 1, 100; 1 round
 *   npm run bench -- --sizes 1,50  choose the sizes (--sizes 0: no build scaling)
 *   npm run bench -- --rounds 3    choose the rounds
 *   npm run bench -- --scaling-only  the archive sizes only (builds, export, search at scale)
 *   npm run bench -- --covers      every generated post with a cover photo of its own
 *   npm run bench -- --compare <ref>  cold builds of this checkout and of <ref>, alternating
 *                                    (default 1,000 posts, 3 rounds; ./lib/compare.ts)
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { addCovers, generatePosts } from './generate';
import { measure, median } from './lib/measure';
import type { Run } from './lib/measure';
import { loadTest } from './lib/load';
import { clickToPaint } from './lib/navigation';
import { pageWeight } from './lib/weight.mjs';
import { exportStats } from './lib/export-stats';
import { lighthouseOnce } from './lib/lighthouse';
import { BUILD_ENV, CHROME, serveDir } from './lib/setup';
import type { Scores } from './lib/lighthouse';
import { searchAtScale } from './lib/search';
import { saveResults } from './lib/results';
import { alternatingOrder, checkoutOf, summarise } from './lib/compare';
import type { CompareRun } from './lib/compare';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const COMPARE = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;
if (args.includes('--compare') && (!COMPARE || COMPARE.startsWith('--'))) {
  throw new Error('--compare needs a commit to compare with, e.g. --compare HEAD~1');
}
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = (
  args.includes('--sizes') && sizesArg
    ? sizesArg.split(',').map(Number)
    : COMPARE
      ? [1000]
      : quick
        ? [1, 100]
        : [1, 100, 1000]
).filter((size) => size > 0);
const roundsArg = args[args.indexOf('--rounds') + 1];
const ROUNDS =
  args.includes('--rounds') && roundsArg ? Number(roundsArg) : quick ? 1 : COMPARE ? 3 : 5;
const SCALING_ONLY = args.includes('--scaling-only');
/** Every generated post with a 1600×1200 cover photo of its own (./generate.ts addCovers). */
const COVERS = args.includes('--covers');
const ROOT = process.cwd();
const WORK = path.join(ROOT, 'bench/.work');
const NODE = process.execPath;
const env = BUILD_ENV;
const log = (line: string) => console.log(line);

function count(dir: string, test: (name: string) => boolean): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && test(e.name),
  ).length;
}

// --- build scaling -------------------------------------------------------------------------

interface BuildRow {
  posts: number;
  kind: 'cold' | 'warm' | 'warm again' | 'one post edited';
  seconds: number;
  peakRssMb: number;
  peakByProcessMb: Record<string, number>;
  /** The process tree at its peak: RSS by kind of process, and when. */
  atPeak: Run['atPeak'];
  /** CPU seconds by kind of process (measure.ts). */
  cpuByProcessS: Run['cpuByProcessS'];
  pages: number;
  /** Share cards (og.png, og.jpg) and the files of the pictures. */
  images: number;
  pictures: number;
  msPerPost: number;
  /** The content check's line: files written and time spent on the search index. */
  searchIndex?: string;
  /** The build's last line: when the check, the cards, `next build` and the finishing ended. */
  steps?: string;
}

async function buildOnce(
  posts: number,
  kind: BuildRow['kind'],
  postsDir: string,
  outDir: string,
  cwd = ROOT,
): Promise<BuildRow> {
  const run = await measure(
    NODE,
    ['scripts/build.mjs'],
    { ...env, POSTS_DIR: postsDir, OUT_DIR: outDir },
    cwd,
  );
  if (run.code !== 0)
    throw new Error(`build of ${posts} posts in ${cwd} failed:\n${run.output.slice(-3000)}`);
  return {
    posts,
    kind,
    seconds: +(run.ms / 1000).toFixed(1),
    peakRssMb: run.peakRssMb,
    peakByProcessMb: run.peakByProcessMb,
    atPeak: run.atPeak,
    cpuByProcessS: run.cpuByProcessS,
    pages: count(path.resolve(cwd, outDir), (n) => n.endsWith('.html')),
    images: count(path.resolve(cwd, outDir), (n) => /^og\.(png|jpg)$/.test(n)),
    pictures: count(path.resolve(cwd, outDir, 'pictures'), () => true),
    msPerPost: Math.round(run.ms / posts),
    searchIndex: /search index: (.+)/.exec(run.output)?.[1]?.trim(),
    steps: /exported to .* in [\d.]+ s \((.+)\)/.exec(run.output)?.[1],
  };
}

const exports: Array<{ posts: number } & ReturnType<typeof exportStats>> = [];
const searches: Array<{ posts: number } & Awaited<ReturnType<typeof searchAtScale>>> = [];

/** One flat row per size for console.table. */
function exportTable(rows: typeof exports) {
  return rows.map(({ withoutQuestionPages, largestFile, ...rest }) => ({
    ...rest,
    filesWithoutQuestionPages: withoutQuestionPages.files,
    largestFile: `${largestFile.file} (${largestFile.mb} MB)`,
  }));
}

async function buildScaling(): Promise<BuildRow[]> {
  const rows: BuildRow[] = [];
  for (const size of SIZES) {
    const postsDir = path.join(WORK, `posts-${size}`);
    const outDir = path.relative(ROOT, path.join(WORK, `out-${size}`));
    generatePosts(postsDir, size);
    if (COVERS) log(`  ${await addCovers(postsDir)} covers, 1600×1200`);
    // Cold: no Next.js cache, no drawn preview images, no encoded pictures.
    rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
    rows.push(await buildOnce(size, 'cold', postsDir, outDir));
    log(`  ${size} posts cold: ${rows.at(-1)!.seconds} s`);
    exports.push({ posts: size, ...exportStats(outDir, size) });
    log(`  export: ${JSON.stringify(exports.at(-1))}`);
    searches.push({ posts: size, ...(await searchAtScale(CHROME, outDir)) });
    log(
      `  search: median ${searches.at(-1)!.medianGzipKb} KB gz, ` +
        `${searches.at(-1)!.medianFirstResultsMs} ms to first results`,
    );
    rows.push(await buildOnce(size, 'warm', postsDir, outDir));
    log(`  ${size} posts warm: ${rows.at(-1)!.seconds} s`);
    // The first warm build also pays `next build`'s cleanup of what the full one left (see
    // README); the second is what a publisher who changed nothing waits for.
    rows.push(await buildOnce(size, 'warm again', postsDir, outDir));
    log(`  ${size} posts warm again: ${rows.at(-1)!.seconds} s`);
    const first = path.join(
      postsDir,
      readdirSync(postsDir)
        .filter((n) => n.endsWith('.md'))
        .sort()[0]!,
    );
    appendFileSync(first, '\n\n편집: 한 문단을 더했습니다.\n');
    rows.push(await buildOnce(size, 'one post edited', postsDir, outDir));
    log(`  ${size} posts, one edited: ${rows.at(-1)!.seconds} s`);
  }
  return rows;
}

// --- page weight ----------------------------------------------------------------------------

async function fontBytes(origin: string, route: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'font') bytes += (await response.body()).length;
  });
  await page.goto(`${origin}${route}`, { waitUntil: 'networkidle' });
  await browser.close();
  return bytes;
}

/** The floor: bench/floor, a bare App Router page showing the same interview as plain <p>s. */
const FLOOR_OUT = path.join(ROOT, 'bench/floor/out');
const PAGES = {
  post: ['posts/yann-lecun-on-llms.html', '/posts/yann-lecun-on-llms'],
  home: ['index.html', '/'],
} as const;

async function weights(siteOut: string) {
  const floor = pageWeight(FLOOR_OUT, 'index.html');
  const { server, origin } = await serveDir(siteOut);
  const result: Record<string, unknown> = { floor };
  for (const [name, [file, route]] of Object.entries(PAGES)) {
    const weight = pageWeight(siteOut, file);
    result[name] = {
      ...weight,
      fontBytes: await fontBytes(origin, route),
      jsVsFloorGzip: +(weight.js.gzip / floor.js.gzip).toFixed(3),
      htmlVsFloorGzip: +(weight.html.gzip / floor.html.gzip).toFixed(3),
    };
  }
  server.close();
  return result;
}

// --- Lighthouse ----------------------------------------------------------------------------

interface LighthouseRow {
  page: string;
  formFactor: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalKb: number;
  /** Points above (+) or below (−) the floor's median score. */
  performanceVsFloor?: number;
  /** Our LCP divided by the floor's. */
  lcpVsFloor?: number;
}

/**
 * Side by side: in every round the floor and each of our pages run once, one after another,
 * so a drift of the machine's speed touches all of them alike; medians over the rounds.
 */
async function lighthouse(siteOut: string): Promise<LighthouseRow[]> {
  const ours = await serveDir(siteOut);
  const floor = await serveDir(FLOOR_OUT);
  const targets = [
    ['floor', `${floor.origin}/`],
    ...Object.entries(PAGES).map(([name, [, route]]) => [name, `${ours.origin}${route}`]),
  ] as const;
  const runs = new Map<string, Scores[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const [name, url] of targets) {
        const key = `${name} ${formFactor}`;
        const scores = await lighthouseOnce(url, formFactor, WORK);
        runs.set(key, [...(runs.get(key) ?? []), scores]);
        log(
          `  round ${round + 1}: ${key}: performance ${scores.performance}, LCP ${scores.lcpMs} ms`,
        );
      }
    }
  }
  ours.server.close();
  floor.server.close();
  const rows: LighthouseRow[] = [];
  for (const [key, list] of runs) {
    const [page, formFactor] = key.split(' ') as [string, 'mobile' | 'desktop'];
    const pick = (field: keyof Scores) => median(list.map((r) => r[field]));
    rows.push({
      page,
      formFactor,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      totalKb: pick('totalKb'),
    });
  }
  // Against the floor of the same form factor and the same rounds.
  for (const row of rows) {
    const base = rows.find((r) => r.page === 'floor' && r.formFactor === row.formFactor)!;
    row.performanceVsFloor = row.performance - base.performance;
    row.lcpVsFloor = +(row.lcpMs / base.lcpMs).toFixed(2);
  }
  return rows;
}

// --- navigation -----------------------------------------------------------------------------

/** Click "다음 글" on the post page, to the next post's first paint; on localhost and 150 ms away. */
async function navigation(siteOut: string) {
  const rows = [];
  for (const latencyMs of [0, 150]) {
    for (const timing of await clickToPaint(
      CHROME,
      siteOut,
      PAGES.post[1],
      'a[rel="next"]',
      ROUNDS,
      latencyMs,
    )) {
      rows.push({ latencyMs, ...timing });
      log(`  ${latencyMs} ms away, ${timing.mode}: ${timing.clickToPaintMs} ms`);
    }
  }
  return rows;
}

// --- run -----------------------------------------------------------------------------------

mkdirSync(WORK, { recursive: true });
const machine = {
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  chromium: execFileSync(CHROME, ['--version'], { encoding: 'utf8' }).trim(),
  next: JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version,
};
log(`machine: ${JSON.stringify(machine)}`);

// --- this checkout against another commit ---------------------------------------------------

async function compareBuilds(ref: string) {
  const { dir, commit } = checkoutOf(ROOT, ref, WORK);
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  log(
    `this checkout (${head.slice(0, 7)}, with its changes) against ${ref} (${commit.slice(0, 7)})`,
  );
  const sizes = [];
  for (const size of SIZES) {
    // The same posts for both sides, written by this checkout's generator.
    const postsDir = path.join(WORK, `posts-${size}`);
    generatePosts(postsDir, size);
    const runs: CompareRun[] = [];
    for (const { round, side } of alternatingOrder(ROUNDS)) {
      const cwd = side === 'this' ? ROOT : dir;
      const outDir = path.join('bench', '.work', `compare-out-${size}`);
      mkdirSync(path.join(cwd, 'bench', '.work'), { recursive: true });
      // Cold: no Next.js cache, no drawn preview images, no cached pages.
      rmSync(path.join(cwd, '.next'), { recursive: true, force: true });
      const row = await buildOnce(size, 'cold', postsDir, outDir, cwd);
      const cpuSeconds = Object.values(row.cpuByProcessS).reduce((sum, s) => sum + s, 0);
      runs.push({
        round,
        side,
        seconds: row.seconds,
        cpuSeconds: +cpuSeconds.toFixed(1),
        cpuByProcessS: row.cpuByProcessS,
        peakRssMb: row.peakRssMb,
      });
      log(`  ${size} posts, round ${round}, ${side}: ${runs.at(-1)!.seconds} s`);
    }
    sizes.push({ posts: size, runs, ...summarise(runs) });
  }
  return { ref, commit, head, rounds: ROUNDS, sizes };
}

if (COMPARE) {
  const comparison = await compareBuilds(COMPARE);
  const file = saveResults('compare-', { date: new Date().toISOString(), machine, comparison });
  for (const size of comparison.sizes) {
    console.log(
      `${size.posts} posts, cold, ${comparison.rounds} alternating rounds: this ÷ ${COMPARE} ` +
        `= ${size.medianRatio} (rounds ${size.ratios.join(', ')}); CPU ${size.medianCpuRatio}`,
    );
    console.table(size.runs.map(({ cpuByProcessS: _byProcess, ...run }) => run));
    for (const run of size.runs) {
      const byProcess = Object.entries(run.cpuByProcessS ?? {}).map(([p, s]) => `${p} ${s}`);
      console.log(`  round ${run.round}, ${run.side}, CPU-s by process: ${byProcess.join(', ')}`);
    }
  }
  console.log(`written to ${file}`);
  process.exit(0);
}

log('build scaling');
const builds = await buildScaling();

/** What every run records: the machine and the archive sizes. */
const scaling = () => ({
  date: new Date().toISOString(),
  machine,
  sizes: SIZES,
  builds,
  exports,
  searches,
});

/** Each size's highest peak RSS against the 1,000-post one of this run (budget: ≤ 1.3 at 10,000). */
function peakVs1000() {
  const peak = (posts: number) =>
    Math.max(0, ...builds.filter((b) => b.posts === posts).map((b) => b.peakRssMb));
  const base = peak(1000);
  return base
    ? SIZES.map((posts) => ({
        posts,
        peakRssMb: peak(posts),
        vs1000: +(peak(posts) / base).toFixed(2),
      }))
    : [];
}

if (SCALING_ONLY) {
  const file = saveResults('scaling-', { ...scaling(), peakVs1000: peakVs1000() });
  console.table(builds);
  console.table(peakVs1000());
  console.table(exportTable(exports));
  for (const search of searches) console.table(search.rows);
  console.log(`written to ${file}`);
  process.exit(0);
}

log('our pages and the floor, side by side (the first interview, bench/floor/interview.md)');
// The reference site: the interview the floor shows, and a copy of it as the next post, so
// the post page has a "다음 글" link to a page of the same weight.
const referencePosts = path.join(WORK, 'reference-posts');
rmSync(referencePosts, { recursive: true, force: true });
mkdirSync(referencePosts, { recursive: true });
const interview = readFileSync(path.join(ROOT, 'bench/floor/interview.md'), 'utf8');
writeFileSync(path.join(referencePosts, 'yann-lecun-on-llms.md'), interview);
writeFileSync(
  path.join(referencePosts, 'yann-lecun-on-llms-again.md'),
  interview.replace(/^date: .*$/m, 'date: 2023-04-17').replace(/^title: '/m, "title: '다시 읽기: "),
);
const siteOut = path.join(WORK, 'site');
const siteBuild = await measure(NODE, ['scripts/build.mjs'], {
  ...env,
  POSTS_DIR: referencePosts,
  OUT_DIR: path.relative(ROOT, siteOut),
  SITE_URL: 'https://daedam.example',
});
if (siteBuild.code !== 0) throw new Error(siteBuild.output);
const floorRun = await measure('npx', ['next', 'build', 'bench/floor'], env);
if (floorRun.code !== 0) throw new Error(`floor build failed:\n${floorRun.output}`);
const weight = await weights(siteOut);
log('lighthouse');
const lighthouseRows = await lighthouse(siteOut);
log('navigation');
const navigationRows = await navigation(siteOut);
log('the npm start server under load');
const loadRows = await loadTest(
  siteOut,
  PAGES.post[1],
  {
    ...env,
    POSTS_DIR: referencePosts,
    OUT_DIR: path.relative(ROOT, siteOut),
    SITE_URL: 'https://daedam.example',
  },
  { seconds: quick ? 10 : 30 },
);

const results = {
  ...scaling(),
  weight,
  lighthouse: lighthouseRows,
  navigation: navigationRows,
  load: loadRows,
};
const file = saveResults('', results, true);

console.log('\nBuild scaling');
console.table(builds);
console.log('The export at each size');
console.table(exportTable(exports));
console.log('Search at each size (two-word Korean queries, fresh cache each)');
for (const search of searches) console.table(search.rows);
console.log('Page weight (bytes; floor = bare Next.js page built in this run)');
console.table(
  Object.fromEntries(
    Object.entries(weight).map(([name, w]) => {
      const v = w as ReturnType<typeof pageWeight> & {
        fontBytes?: number;
        jsVsFloorGzip?: number;
        htmlVsFloorGzip?: number;
      };
      return [
        name,
        {
          htmlGzip: v.html.gzip,
          htmlBrotli: v.html.brotli,
          cssGzip: v.css.gzip,
          jsGzip: v.js.gzip,
          jsBrotli: v.js.brotli,
          jsVsFloor: v.jsVsFloorGzip ?? 1,
          htmlVsFloor: v.htmlVsFloorGzip ?? 1,
          fonts: v.fontBytes ?? 0,
        },
      ];
    }),
  ),
);
console.log(`Lighthouse 12.2.3 (median of ${ROUNDS} alternating rounds)`);
console.table(lighthouseRows);
console.log('Click "다음 글" → first contentful paint of the next post (median)');
console.table(
  navigationRows.map(({ latencyMs, mode, clickToPaintMs, activated, runs }) => ({
    latencyMs,
    mode,
    clickToPaintMs,
    activated: `${activated}/${runs.length}`,
  })),
);
console.log('The npm start server, 100 connections (autocannon)');
console.table(loadRows);
console.log(`written to ${file}`);
