// @ts-check
/**
 * `npm run dev`: the browser scripts in watch mode beside `next dev`. In development the pages
 * keep Next's runtime (hot reload); the export step that removes it runs only in `npm run build`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildClient } from './build-client.mjs';

const watcher = await buildClient({ watch: true });
const next = spawn(
  process.execPath,
  [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'dev', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
const stop = () => next.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', async (code) => {
  if (watcher && 'dispose' in watcher) await watcher.dispose();
  process.exit(code ?? 0);
});
