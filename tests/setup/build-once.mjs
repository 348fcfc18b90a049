// @ts-check
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/**
 * sites.json lists the sites the suites read: `main` is the first interview alone
 * (tests/fixtures/first-post, the tests' own copy); `publisher` is whatever posts/ holds, built
 * like `npm run build` (only content-independent checks read it); `fixtures` is
 * tests/fixtures/site-posts (drafts, a Korean category, MDX, a plain article).
 * `listing` is 45 generated articles (bench/generate.ts): enough for three listing pages.
 * `scale` is 24 generated interviews: the export budgets per post and search beyond one screen.
 * @type {Record<string, { outDir: string, env: Record<string, string>, generate?: { count: number, articles: boolean } }>}
 */
const SITES = JSON.parse(readFileSync(new URL('./sites.json', import.meta.url), 'utf8'));

/**
 * Every site the suites read is built once per `npm test` run, one after another (they share
 * .next/). DAEDAM_SKIP_BUILD=1 reuses the existing output while iterating on tests.
 */
export default function buildOnce() {
  if (process.env.DAEDAM_SKIP_BUILD === '1') return;
  for (const site of Object.values(SITES)) {
    const started = Date.now();
    rmSync(site.outDir, { recursive: true, force: true });
    if (site.generate) {
      const args = ['tsx', 'bench/generate.ts', site.env.POSTS_DIR, String(site.generate.count)];
      if (site.generate.articles) args.push('--articles');
      const generated = spawnSync('npx', args, { encoding: 'utf8' });
      if (generated.status !== 0) throw new Error(`generating posts failed:\n${generated.stderr}`);
    }
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        ...site.env,
        OUT_DIR: site.outDir,
      },
    });
    if (result.status !== 0) {
      throw new Error(
        `building ${site.outDir} failed before the tests:\n${result.stdout}\n${result.stderr}`,
      );
    }
    console.log(`built ${site.outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // The floor for the JavaScript budget: a bare page of the same Next.js, built in this run.
  const floor = spawnSync('npx', ['next', 'build', 'bench/floor'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (floor.status !== 0)
    throw new Error(`building bench/floor failed:\n${floor.stdout}\n${floor.stderr}`);
}
