// @ts-check
/**
 * `npm run build`: check the content, export the site into a temporary folder, and only then
 * swap it into place. Invalid content or a failing build leaves the previous out/ exactly as
 * it was (static hosts keep serving the last good site).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildClient } from './build-client.mjs';
import { finishExport } from './finish-export.mjs';

const outDir = process.env.OUT_DIR || 'out';
const building = `${outDir}-building`;
const previous = `${outDir}-previous`;

/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

const checked = run(process.execPath, [
  path.join('node_modules', 'tsx', 'dist', 'cli.mjs'),
  'scripts/check-content.ts',
]);
if (checked !== 0) {
  console.error(
    `\nThe build stopped before touching ${outDir}/: fix the content above and run it again.`,
  );
  process.exit(checked);
}

// The browser modules first: the pages link them by their hashed names.
await buildClient();

rmSync(building, { recursive: true, force: true });
const built = run(
  process.execPath,
  [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
  {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    OUT_DIR: building,
  },
);
if (built !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\nnext build failed; ${outDir}/ is unchanged.`);
  process.exit(built);
}

let finished;
try {
  finished = await finishExport(building);
} catch (error) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\n${error instanceof Error ? error.message : error}\n${outDir}/ is unchanged.`);
  process.exit(1);
}
console.log(
  `static pages: framework runtime removed and a content security policy added to ` +
    `${finished.pages} pages; ${finished.deleted} runtime files deleted`,
);

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\n✓ exported to ${outDir}/`);
