import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { siteDir, SITES } from '../helpers/site';

/**
 * Issue 30: one way to every output. `npm run dev` answers the files the build publishes beside
 * its pages (feeds of categories, tags and people, the search index, the share cards, the posts'
 * Markdown) from the same code the build writes them with: every such file of the archive
 * export, fetched from a development server over the same posts, is the same bytes.
 */
const SITE = 'archive';
const root = siteDir(SITE);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** The site paths of the exported files that are not pages (and not Next's own output). */
function contentFiles(): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map(
      (e) => `/${path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`,
    )
    .filter(
      (file) =>
        /\/feed\.(xml|json)$/.test(file) ||
        file.startsWith('/search-index/') ||
        file.endsWith('/og.png') ||
        /^\/posts\/[^/]+\.(md|vtt|chapters\.json)$/.test(file) ||
        file.startsWith('/recordings/'),
    );
}

let dev: ChildProcess;
let origin = '';
let log = '';

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The archive has a draft, which `npm run dev` shows unless told not to.
  // The development server's own folders, never the export's (no OUT_DIR).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...SITES[SITE].env,
    DRAFTS: 'off',
    NODE_ENV: 'development',
  };
  delete env.OUT_DIR;
  dev = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/dev.ts', '--port', String(port), '--hostname', '127.0.0.1'],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  dev.stdout?.on('data', (chunk) => (log += chunk));
  dev.stderr?.on('data', (chunk) => (log += chunk));
  const until = Date.now() + 90_000;
  while (!log.includes('daedam dev:')) {
    if (Date.now() > until || dev.exitCode !== null)
      throw new Error(`npm run dev did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 120_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

test('the archive has content files of every kind to compare', () => {
  const files = contentFiles();
  for (const kind of [
    /^\/categories\/[^/]+\/feed\.xml$/,
    /^\/tags\/[^/]+\/feed\.json$/,
    /^\/people\/[^/]+\/feed\.xml$/,
    /^\/search-index\/meta\.json$/,
    /^\/search-index\/d\/\d+\.json$/,
    /^\/posts\/[^/]+\/og\.png$/,
    /^\/posts\/[^/]+\/q\/\d+\/og\.png$/,
    /^\/posts\/[^/]+\.md$/,
    /^\/posts\/[^/]+\.vtt$/,
    /^\/posts\/[^/]+\.chapters\.json$/,
    /^\/recordings\/[0-9a-f]{16}\.wav$/,
  ])
    expect(files.some((file) => kind.test(file))).toBe(true);
});

test('npm run dev answers every file the build published beside the pages, byte for byte', async () => {
  const differing: string[] = [];
  for (const file of contentFiles()) {
    const response = await fetch(`${origin}${file}`);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || !body.equals(readFileSync(path.join(root, file))))
      differing.push(`${file}: ${response.status}, ${body.length} bytes`);
  }
  expect(differing).toEqual([]);
}, 180_000);

test('npm run dev answers 404 for a feed or card of nothing, and serves the pages', async () => {
  for (const missing of ['/tags/no-such-tag/feed.xml', '/posts/no-such-post/og.png'])
    expect((await fetch(`${origin}${missing}`)).status).toBe(404);
  const page = await fetch(`${origin}/posts/lecun-on-world-models/q/2`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('id="q-2"');
}, 120_000);

test('npm run dev answers byte ranges of a recording, so its player can seek', async () => {
  const recording = contentFiles().find((file) => file.startsWith('/recordings/'))!;
  const whole = readFileSync(path.join(root, recording));
  const response = await fetch(`${origin}${recording}`, { headers: { Range: 'bytes=100-199' } });
  expect(response.status).toBe(206);
  expect(response.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`);
  expect(Buffer.from(await response.arrayBuffer()).equals(whole.subarray(100, 200))).toBe(true);
}, 120_000);
