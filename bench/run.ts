/**
 * `npm run bench`: build scaling, page weight against the bare-Next floor, and Lighthouse.
 * Writes bench/results/<date>.json and prints tables. See bench/README.md.
 *
 *   npm run bench                  sizes 1, 100, 1000; Lighthouse median of 3
 *   npm run bench -- --quick       sizes 1, 100; Lighthouse once
 *   npm run bench -- --sizes 1,50  choose the sizes
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createStaticServer } from '../scripts/serve.mjs';
import { generatePosts } from './generate';
import { measure, median } from './lib/measure';
import { pageWeight } from './lib/weight.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES =
  args.includes('--sizes') && sizesArg
    ? sizesArg.split(',').map(Number)
    : quick
      ? [1, 100]
      : [1, 100, 1000];
const LIGHTHOUSE_RUNS = quick ? 1 : 3;
const ROOT = process.cwd();
const WORK = path.join(ROOT, 'bench/.work');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const NODE = process.execPath;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
};
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
  kind: 'cold' | 'warm' | 'one post edited';
  seconds: number;
  peakRssMb: number;
  pages: number;
  images: number;
  msPerPost: number;
}

async function buildOnce(
  posts: number,
  kind: BuildRow['kind'],
  postsDir: string,
  outDir: string,
): Promise<BuildRow> {
  const run = await measure(NODE, ['scripts/build.mjs'], {
    ...env,
    POSTS_DIR: postsDir,
    OUT_DIR: outDir,
  });
  if (run.code !== 0)
    throw new Error(`build of ${posts} posts failed:\n${run.output.slice(-3000)}`);
  return {
    posts,
    kind,
    seconds: +(run.ms / 1000).toFixed(1),
    peakRssMb: run.peakRssMb,
    pages: count(outDir, (n) => n.endsWith('.html')),
    images: count(outDir, (n) => n.endsWith('.png')),
    msPerPost: Math.round(run.ms / posts),
  };
}

async function buildScaling(): Promise<BuildRow[]> {
  const rows: BuildRow[] = [];
  for (const size of SIZES) {
    const postsDir = path.join(WORK, `posts-${size}`);
    const outDir = path.relative(ROOT, path.join(WORK, `out-${size}`));
    generatePosts(postsDir, size);
    // Cold: no Next.js cache, no drawn preview images.
    rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
    rows.push(await buildOnce(size, 'cold', postsDir, outDir));
    log(`  ${size} posts cold: ${rows.at(-1)!.seconds} s`);
    rows.push(await buildOnce(size, 'warm', postsDir, outDir));
    log(`  ${size} posts warm: ${rows.at(-1)!.seconds} s`);
    const first = path.join(postsDir, readdirSync(postsDir).sort()[0]!);
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

async function serveDir(dir: string) {
  const server = createStaticServer({ root: dir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function weights(siteOut: string) {
  const floorRun = await measure('npx', ['next', 'build', 'bench/floor'], env);
  if (floorRun.code !== 0) throw new Error(`floor build failed:\n${floorRun.output}`);
  const floor = pageWeight(path.join(ROOT, 'bench/floor/out'), 'index.html');
  const { server, origin } = await serveDir(siteOut);
  const pages = {
    home: ['index.html', '/'],
    post: ['posts/yann-lecun-on-llms.html', '/posts/yann-lecun-on-llms'],
  } as const;
  const result: Record<string, unknown> = { floor };
  for (const [name, [file, route]] of Object.entries(pages)) {
    const weight = pageWeight(siteOut, file);
    result[name] = {
      ...weight,
      fontBytes: await fontBytes(origin, route),
      jsOverFloorGzip: weight.js.gzip - floor.js.gzip,
      jsRatioGzip: +(weight.js.gzip / floor.js.gzip).toFixed(3),
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
}

// Async: the static server runs in this process and must keep answering while Lighthouse loads.
const run = promisify(execFile);

async function lighthouseOnce(url: string, formFactor: 'mobile' | 'desktop') {
  const out = path.join(WORK, 'lighthouse.json');
  await run(
    'npx',
    [
      '--yes',
      'lighthouse@12.2.3',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: +audit('cumulative-layout-shift').toFixed(3),
    totalKb: Math.round(audit('total-byte-weight') / 1024),
  };
}

async function lighthouse(siteOut: string): Promise<LighthouseRow[]> {
  const { server, origin } = await serveDir(siteOut);
  const rows: LighthouseRow[] = [];
  for (const [name, route] of [
    ['home', '/'],
    ['post', '/posts/yann-lecun-on-llms'],
  ] as const) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const runs: Array<Awaited<ReturnType<typeof lighthouseOnce>>> = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++)
        runs.push(await lighthouseOnce(`${origin}${route}`, formFactor));
      const pick = (key: keyof Awaited<ReturnType<typeof lighthouseOnce>>) =>
        median(runs.map((r) => r[key]));
      rows.push({
        page: name,
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
      log(`  ${name} ${formFactor}: performance ${rows.at(-1)!.performance}`);
    }
  }
  server.close();
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

log('build scaling');
const builds = await buildScaling();

log('the real site (posts/)');
const siteOut = path.join(WORK, 'site');
const siteBuild = await measure(NODE, ['scripts/build.mjs'], {
  ...env,
  POSTS_DIR: 'posts',
  OUT_DIR: path.relative(ROOT, siteOut),
  SITE_URL: 'https://daedam.example',
});
if (siteBuild.code !== 0) throw new Error(siteBuild.output);
const weight = await weights(siteOut);
log('lighthouse');
const lighthouseRows = await lighthouse(siteOut);

const results = {
  date: new Date().toISOString(),
  machine,
  sizes: SIZES,
  builds,
  weight,
  lighthouse: lighthouseRows,
};
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
const file = path.join(
  ROOT,
  'bench/results',
  `${results.date.slice(0, 19).replace(/:/g, '-')}.json`,
);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

console.log('\nBuild scaling');
console.table(builds);
console.log('Page weight (bytes; floor = bare Next.js page built in this run)');
console.table(
  Object.fromEntries(
    Object.entries(weight).map(([name, w]) => {
      const v = w as ReturnType<typeof pageWeight> & { fontBytes?: number; jsRatioGzip?: number };
      return [
        name,
        {
          htmlGzip: v.html.gzip,
          htmlBrotli: v.html.brotli,
          cssGzip: v.css.gzip,
          jsGzip: v.js.gzip,
          jsBrotli: v.js.brotli,
          jsVsFloor: v.jsRatioGzip ?? 1,
          fonts: v.fontBytes ?? 0,
        },
      ];
    }),
  ),
);
console.log('Lighthouse 12.2.3 (median)');
console.table(lighthouseRows);
console.log(`written to ${path.relative(ROOT, file)}`);
cpSync(file, path.join(ROOT, 'bench/results/latest.json'));
