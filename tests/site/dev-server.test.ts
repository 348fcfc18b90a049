import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { redirectFiles, siteDir, SITES } from '../helpers/site';
import type { SiteName } from '../helpers/site';

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

/** `npm run dev` over a site's content folder, on a free port; stopped after the file's tests. */
function devServer(site: SiteName) {
  const handle = { origin: '', log: '' };
  let dev: ChildProcess;
  beforeAll(async () => {
    const port = await freePort();
    handle.origin = `http://127.0.0.1:${port}`;
    // The archive has a draft, which `npm run dev` shows unless told not to.
    // The development server's own folders, never the export's (no OUT_DIR).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...SITES[site].env,
      DRAFTS: 'off',
      NODE_ENV: 'development',
    };
    delete env.OUT_DIR;
    dev = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/dev.ts', '--port', String(port), '--hostname', '127.0.0.1'],
      { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    dev.stdout?.on('data', (chunk) => (handle.log += chunk));
    dev.stderr?.on('data', (chunk) => (handle.log += chunk));
    const until = Date.now() + 90_000;
    while (!handle.log.includes('daedam dev:')) {
      if (Date.now() > until || dev.exitCode !== null)
        throw new Error(`npm run dev did not start:\n${handle.log}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);
  // Next runs one development server a folder: the next one starts once this one is gone.
  afterAll(async () => {
    if (!dev?.pid || dev.exitCode !== null) return;
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    process.kill(-dev.pid, 'SIGTERM');
    await exited;
  }, 30_000);
  return handle;
}

/** Each file at its site path, fetched from `origin`: those whose bytes differ from the export's. */
async function differingFrom(origin: string, exported: string, files: Array<[string, string]>) {
  const differing: string[] = [];
  for (const [route, file] of files) {
    const response = await fetch(`${origin}${route}`, { redirect: 'manual' });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || !body.equals(readFileSync(path.join(exported, file))))
      differing.push(`${route}: ${response.status}, ${body.length} bytes`);
  }
  return differing;
}

describe('the archive in development', () => {
  const server = devServer(SITE);

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
    const files = contentFiles().map((file): [string, string] => [file, file]);
    expect(await differingFrom(server.origin, root, files)).toEqual([]);
  }, 180_000);

  test('npm run dev answers 404 for a feed or card of nothing, and serves the pages', async () => {
    for (const missing of ['/tags/no-such-tag/feed.xml', '/posts/no-such-post/og.png'])
      expect((await fetch(`${server.origin}${missing}`)).status).toBe(404);
    const page = await fetch(`${server.origin}/posts/lecun-on-world-models/q/2`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="q-2"');
  }, 120_000);

  test('npm run dev answers byte ranges of a recording, so its player can seek', async () => {
    const recording = contentFiles().find((file) => file.startsWith('/recordings/'))!;
    const whole = readFileSync(path.join(root, recording));
    const response = await fetch(`${server.origin}${recording}`, {
      headers: { Range: 'bytes=100-199' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(whole.subarray(100, 200))).toBe(true);
  }, 120_000);
});

describe('a publication of its own in development (issue 31)', () => {
  const PUBLICATION = 'publication';
  const exported = siteDir(PUBLICATION);
  const publication = devServer(PUBLICATION);

  test('npm run dev answers its series feeds, the pages at old paths and its icons as built', async () => {
    const aliases = readFileSync(path.join(exported, '_redirects'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'))
      .map((line) => line.split(' ')[0]!);
    expect(aliases).toHaveLength(redirectFiles(PUBLICATION).length);
    const files: Array<[string, string]> = [
      ['/series/seoului-jakeopsil/feed.xml', 'series/seoului-jakeopsil/feed.xml'],
      ['/series/seoului-jakeopsil/feed.json', 'series/seoului-jakeopsil/feed.json'],
      // An old path is answered by the page the build puts there (under its .html name).
      ...aliases.map((alias, i): [string, string] => [alias, redirectFiles(PUBLICATION)[i]!]),
      ['/icon-512.png', 'icon-512.png'],
      ['/apple-touch-icon.png', 'apple-touch-icon.png'],
      ['/posts/studio-one/og.png', 'posts/studio-one/og.png'],
    ];
    expect(await differingFrom(publication.origin, exported, files)).toEqual([]);
  }, 180_000);

  test('its pages are in its language', async () => {
    const page = await fetch(`${publication.origin}/archive`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<h1 class="page-title">Archive</h1>');
  }, 120_000);
});
