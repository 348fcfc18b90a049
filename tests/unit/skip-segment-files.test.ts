import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * scripts/skip-segment-files.mjs, preloaded into `next build`: Next's render workers (a
 * script named processChild.js) write nothing into a page's `.segments` folder; every other
 * file, and every other process, writes as before.
 */
const PRELOAD = path.resolve('scripts', 'skip-segment-files.mjs');

// What Next's export worker does for one page (next/dist/export/worker.js: fs/promises).
const PRERENDER = `
import fs from 'node:fs/promises';
import path from 'node:path';
const app = path.join(process.argv[2], '.next', 'server', 'app', 'posts');
const segments = path.join(app, 'a.segments', 'posts', '$d$slug');
await fs.mkdir(app, { recursive: true });
await fs.writeFile(path.join(app, 'a.html'), '<html></html>');
await fs.writeFile(path.join(app, 'a.rsc'), '0:{}');
await fs.mkdir(segments, { recursive: true });
await fs.writeFile(path.join(segments, '__PAGE__.segment.rsc'), '0:{}');
await fs.writeFile(path.join(app, 'a.segments', '_tree.segment.rsc'), '0:{}');
`;

/** Runs that as a script of this name, with the preload; what it left on disk. */
function prerender(scriptName: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-segments-'));
  mkdirSync(path.join(dir, 'bin'));
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
  const script = path.join(dir, 'bin', scriptName);
  writeFileSync(script, PRERENDER);
  const result = spawnSync(process.execPath, ['--import', PRELOAD, script, dir], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const app = path.join(dir, '.next', 'server', 'app', 'posts');
  return {
    page: existsSync(path.join(app, 'a.html')),
    payload: existsSync(path.join(app, 'a.rsc')),
    segments: existsSync(path.join(app, 'a.segments')),
  };
}

test("a render worker writes its page and its payload, nothing of the page's segments", () => {
  expect(prerender('processChild.js')).toEqual({ page: true, payload: true, segments: false });
});

test('any other process writes the segments as before', () => {
  expect(prerender('next.js')).toEqual({ page: true, payload: true, segments: true });
});

test('only folders named <page>.segments under server/app are skipped', async () => {
  const { inSegmentsFolder } = (await import(PRELOAD)) as {
    inSegmentsFolder: (file: unknown) => boolean;
  };
  const app = path.join('/site', '.next', 'server', 'app');
  expect(inSegmentsFolder(path.join(app, 'posts', 'a.segments'))).toBe(true);
  expect(inSegmentsFolder(path.join(app, 'a.segments', 'posts', '__PAGE__.segment.rsc'))).toBe(
    true,
  );
  expect(inSegmentsFolder(path.join(app, 'posts', 'a.html'))).toBe(false);
  expect(inSegmentsFolder(path.join(app, 'posts', 'a.segmentsx', 'b'))).toBe(false);
  expect(inSegmentsFolder(path.join('/x.segments', 'server', 'app', 'a.html'))).toBe(false);
  expect(inSegmentsFolder(new URL('file:///site/.next/server/app/a.segments/b'))).toBe(false);
});
