// @ts-check
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/**
 * sites.json lists the sites the suites read: `main` is the real posts/ in out/, exactly as
 * `npm run build` makes it; `fixtures` is tests/fixtures/site-posts (drafts, a Korean
 * category, MDX, a plain article).
 * @type {Record<string, { outDir: string, env: Record<string, string> }>}
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
    if (site.outDir !== 'out') rmSync(site.outDir, { recursive: true, force: true });
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
}
