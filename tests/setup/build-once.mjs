// @ts-check
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { editPosts } from './edit-posts.mjs';

/**
 * sites.json lists the sites the suites read, each proving several things at once:
 * `main` is the first interview alone (tests/fixtures/first-post, the tests' own copy), with no
 * SITE_URL; `fixtures` is tests/fixtures/site-posts (drafts, a Korean category, MDX, a plain
 * article); `hostile` is hostile content built under BASE_PATH=/daedam (every escape and every
 * link under a base path); `archive` is three languages, people.yaml and tags; `generated` is 24
 * generated interviews and 21 articles (bench/generate.ts) with QUESTION_PAGES=off: three
 * listing pages, search beyond one screen, the export budgets per post; `videos` is posts whose
 * recording is a YouTube or Vimeo video (tests/fixtures/video-posts). `main` is also built with
 * every process recorded (`recordProcesses`; tests/site/young-generation.test.ts).
 * `incremental` is built twice, with editPosts between, in passes; `incremental-full` is the
 * edited posts built with PAGE_CACHE=off in one pass, which the second build must equal file
 * for file.
 * @type {Record<string, { outDir: string, env: Record<string, string>, generate?: { count: number, articles: number }, recordProcesses?: boolean }>}
 */
const SITES = JSON.parse(readFileSync(new URL('./sites.json', import.meta.url), 'utf8'));

/** Built by buildIncremental, not with the others (tests/site/page-cache.test.ts reads them). */
export const INCREMENTAL = {
  incremental: {
    outDir: 'test-results/sites/incremental',
    log: 'test-results/sites/incremental.json',
    env: {
      SITE_URL: 'https://daedam.example',
      BASE_PATH: '',
      POSTS_DIR: 'test-results/generated/incremental',
      // Its ~140 pages in several passes of `next build` (pipeline/page-cache/passes.ts): the
      // second build copies what they rendered and must still equal the site built whole.
      PAGES_PER_PASS: '40',
    },
  },
  incrementalFull: { outDir: 'test-results/sites/incremental-full' },
};

/**
 * Every site the suites read is built once per `npm test` run, one after another (Next locks
 * .next/ against a second build). Turbopack's build cache serves every build whose Next config
 * is the same, so the sites under a BASE_PATH (a config of their own) come last, after the
 * page cache's builds. DAEDAM_SKIP_BUILD=1 reuses the existing output while iterating on tests.
 */
export default function buildOnce() {
  if (process.env.DAEDAM_SKIP_BUILD === '1') return;
  const sites = Object.values(SITES);
  for (const site of sites.filter((site) => !site.env.BASE_PATH)) buildSite(site);
  buildIncremental();
  for (const site of sites.filter((site) => site.env.BASE_PATH)) buildSite(site);
  // The floor for the JavaScript budget: a bare page of the same Next.js, built in this run.
  const floor = spawnSync('npx', ['next', 'build', 'bench/floor'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (floor.status !== 0)
    throw new Error(`building bench/floor failed:\n${floor.stdout}\n${floor.stderr}`);
}

/** Generates a site's posts when it asks for that, builds it, and keeps its build log. */
function buildSite(/** @type {(typeof SITES)[string]} */ site) {
  const started = Date.now();
  rmSync(site.outDir, { recursive: true, force: true });
  if (site.generate) {
    const args = [
      'tsx',
      'bench/generate.ts',
      String(site.env.POSTS_DIR),
      String(site.generate.count),
    ];
    if (site.generate.articles) args.push(`--articles=${site.generate.articles}`);
    const generated = spawnSync('npx', args, { encoding: 'utf8' });
    if (generated.status !== 0) throw new Error(`generating posts failed:\n${generated.stderr}`);
  }
  // Kept beside the export: tests read what the build reported (static-pages.test.ts).
  writeFileSync(`${site.outDir}.log`, build(site.outDir, { ...site.env, ...recording(site) }));
  console.log(`built ${site.outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * A site with `recordProcesses` is built with every Node process writing down how it was
 * started (./record-process.mjs), into `<outDir>.processes/`; the user's NODE_OPTIONS are kept.
 * @param {(typeof SITES)[string]} site
 * @returns {Record<string, string>}
 */
function recording(site) {
  if (!site.recordProcesses) return {};
  const dir = path.resolve(`${site.outDir}.processes`);
  rmSync(dir, { recursive: true, force: true });
  const recorder = pathToFileURL(path.resolve('tests/setup/record-process.mjs')).href;
  const nodeOptions =
    `${process.env.NODE_OPTIONS ?? ''} --import ${JSON.stringify(recorder)}`.trim();
  return { NODE_OPTIONS: nodeOptions, DAEDAM_RECORD_PROCESSES: dir };
}

/**
 * `npm run build` of one site; returns its output.
 * @param {string} outDir @param {Record<string, string>} env
 */
function build(outDir, env) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
      OUT_DIR: outDir,
    },
  });
  if (result.status !== 0) {
    throw new Error(
      `building ${outDir} failed before the tests:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** The page cache's sites: an archive built, edited, built again, and built whole. */
export function buildIncremental() {
  const { incremental, incrementalFull } = INCREMENTAL;
  const started = Date.now();
  const posts = incremental.env.POSTS_DIR;
  rmSync(posts, { recursive: true, force: true });
  const generated = spawnSync('npx', ['tsx', 'bench/generate.ts', posts, '12'], {
    encoding: 'utf8',
  });
  if (generated.status !== 0) throw new Error(`generating posts failed:\n${generated.stderr}`);
  for (const dir of [incremental.outDir, incrementalFull.outDir])
    rmSync(dir, { recursive: true, force: true });
  forgetCachedPages(incremental.env);
  const firstLog = build(incremental.outDir, incremental.env);
  const edits = editPosts(posts);
  const log = build(incremental.outDir, incremental.env);
  build(incrementalFull.outDir, { ...incremental.env, PAGE_CACHE: 'off' });
  writeFileSync(incremental.log, JSON.stringify({ edits, log, firstLog }));
  console.log(`built the page cache's sites in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Removes from the page cache the groups a build of this site would copy, so that its first
 * build renders every page (in passes) even when an earlier `npm test` in this checkout left
 * them there; the other sites' and the publisher's cached pages stay. The content check
 * writes the plan, as in a build.
 * @param {Record<string, string>} env
 */
function forgetCachedPages(env) {
  const planFile = path.join(tmpdir(), `daedam-plan-${process.pid}.json`);
  /** @type {NodeJS.ProcessEnv} */
  const buildEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env };
  // The browser modules first, as a build compiles them: they are part of the code the keys
  // hash, and the site built last (under another BASE_PATH) left its own.
  const client = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "const { buildClient } = await import('./scripts/build-client.mjs');" +
        "const { site } = await import('./lib/site.ts');" +
        'await buildClient({ language: site.language });',
    ],
    { encoding: 'utf8', env: buildEnv },
  );
  if (client.status !== 0)
    throw new Error(`building the browser modules failed:\n${client.stderr}`);
  const check = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/check-content.ts', '--plan', planFile],
    {
      encoding: 'utf8',
      env: buildEnv,
    },
  );
  if (check.status !== 0)
    throw new Error(`planning the page cache's site failed:\n${check.stdout}\n${check.stderr}`);
  const plan = /** @type {{ cacheDir: string, groups: Array<{ key: string }> }} */ (
    JSON.parse(readFileSync(planFile, 'utf8'))
  );
  for (const { key } of plan.groups)
    rmSync(path.join(plan.cacheDir, key), { recursive: true, force: true });
  rmSync(planFile, { force: true });
}
