// @ts-check
import { spawnSync } from 'node:child_process';

/**
 * The site is built once per `npm test` run and every suite reads the same out/.
 * DAEDAM_SKIP_BUILD=1 reuses an existing out/ while iterating on tests.
 */
export default function buildOnce() {
  if (process.env.DAEDAM_SKIP_BUILD === '1') return;
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', SITE_URL: '', BASE_PATH: '', POSTS_DIR: '' },
  });
  if (result.status !== 0) {
    throw new Error(`npm run build failed before the tests:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`\nbuilt out/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
