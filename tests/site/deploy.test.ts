import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { parse } from 'node-html-parser';
import { siteObjects } from '@/lib/deploy/objects';
import { startS3Server } from '../helpers/s3-server';
import { allHtmlFiles, siteDir } from '../helpers/site';

/**
 * Issue 32: `npm run deploy` against a real S3-protocol server (s3rver) on 127.0.0.1, started
 * here (tests/helpers/s3-server.ts): the publication export (pages, pictures, cards, aliases)
 * first deployed, deployed again
 * unchanged, after one edit, after a changed header rule, after a removed post, cut short and
 * re-run, throttled, and with wrong credentials or a missing bucket (s3rver refuses a key it
 * does not know, as S3 does).
 */
const SITE = 'publication' as const;
const MANIFEST = '.daedam-deploy.json';
let s3: Awaited<ReturnType<typeof startS3Server>>;
const work = mkdtempSync(path.join(tmpdir(), 'daedam-deploy-'));
const out = path.join(work, 'out');

beforeAll(async () => {
  cpSync(siteDir(SITE), out, { recursive: true });
  s3 = await startS3Server(path.join(work, 's3'));
  for (const bucket of ['site', 'cut', 'slow'])
    await s3.client.send(new CreateBucketCommand({ Bucket: bucket }));
}, 60_000);

afterAll(async () => {
  await s3?.server.close();
  rmSync(work, { recursive: true, force: true });
});

/**
 * `npm run deploy` as a publisher runs it, in a process of its own. Not spawnSync: the S3
 * server runs in this process and must answer while the deploy waits on it.
 */
const startDeploy = (args: string[], env: Record<string, string> = {}) =>
  spawn(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts', ...args], {
    env: { ...deployEnv(), ...env },
  });

function deploy(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = startDeploy(args, env);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const deployEnv = () => ({
  ...process.env,
  ...s3.env,
  OUT_DIR: out,
  CI: 'true',
});

async function keys(bucket = 'site'): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await s3.client.send(
      new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) found.set(object.Key!, object.ETag!);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}

const head = (key: string) => s3.client.send(new HeadObjectCommand({ Bucket: 'site', Key: key }));
const counts = (output: string) =>
  /(\d+) objects: (\d+) to upload \([\d.]+ MB\), (\d+) to delete, (\d+) unchanged/
    .exec(output)!
    .slice(1)
    .map(Number);

describe('npm run deploy to an S3-protocol server', () => {
  let total = 0;

  test('the first deploy uploads the whole site, each object with its type and caching', async () => {
    const first = await deploy(['s3://site']);
    expect(first.output).toContain('✓ deployed');
    expect(first.code).toBe(0);
    const [objects, uploads, deletes] = counts(first.output);
    total = objects!;
    expect([uploads, deletes]).toEqual([objects, 0]);
    const bucket = await keys();
    // The site's objects and the deploy's manifest; the host files are not objects.
    expect(bucket.size).toBe(total + 1);
    expect(bucket.has('_headers') || bucket.has('_redirects')).toBe(false);

    const page = await head('posts/lecun-barrons-en');
    expect([page.ContentType, page.CacheControl]).toEqual([
      'text/html; charset=utf-8',
      'public, max-age=0, must-revalidate',
    ]);
    const enhance = [...bucket.keys()].find((key) => /^assets\/enhance-\w+\.js$/.test(key))!;
    expect((await head(enhance)).CacheControl).toBe('public, max-age=31536000, immutable');
    expect((await head(enhance)).ContentType).toBe('text/javascript; charset=utf-8');
    expect((await head('feed.xml')).ContentType).toBe('application/xml; charset=utf-8');
    expect((await head('index.html')).ContentType).toBe('text/html; charset=utf-8');
    // An old path redirects by the store's own means, and holds the page that sends readers on.
    const alias = await head('posts/lecun-interview-english');
    expect(alias.WebsiteRedirectLocation).toBe('/posts/lecun-barrons-en');
    expect(alias.ContentType).toBe('text/html; charset=utf-8');
    expect((await head('2023/04/lecun.html')).WebsiteRedirectLocation).toBe(
      '/posts/lecun-barrons-en',
    );
  }, 180_000);

  test('every link of every page resolves to an object by its key (a bare S3 website works)', async () => {
    const bucket = await keys();
    const missing = new Set<string>();
    for (const file of allHtmlFiles(SITE)) {
      const doc = parse(readFileSync(path.join(siteDir(SITE), file), 'utf8'));
      for (const element of doc.querySelectorAll(
        'a[href], link[href], img[src], script[src], source[srcset]',
      )) {
        const refs = [
          element.getAttribute('href'),
          element.getAttribute('src'),
          ...(element.getAttribute('srcset') ?? '')
            .split(',')
            .map((part) => part.trim().split(' ')[0]),
        ];
        for (const ref of refs) {
          if (!ref || !ref.startsWith('/') || ref.startsWith('//')) continue;
          const pathname = decodeURI(new URL(ref, 'https://x.example').pathname);
          const key = pathname === '/' ? 'index.html' : pathname.slice(1);
          if (!bucket.has(key)) missing.add(`${file}: ${ref}`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  }, 60_000);

  test('an unchanged re-deploy uploads nothing and deletes nothing', async () => {
    const again = await deploy(['s3://site']);
    expect(again.code).toBe(0);
    expect(counts(again.output)).toEqual([total, 0, 0, total]);
  }, 120_000);

  test('one edited page is one upload; --dry-run says so and changes nothing', async () => {
    appendFileSync(path.join(out, 'posts/studio-one.html'), '<!-- edited -->');
    const dry = await deploy(['s3://site', '--dry-run', '--distribution', 'E2EXAMPLE']);
    expect(dry.output).toContain('upload posts/studio-one (changed)');
    // The CloudFront paths it would invalidate: that page, nothing else.
    expect(dry.output.match(/^invalidate .*$/gm)).toEqual(['invalidate /posts/studio-one']);
    expect(dry.output).toContain('dry run: nothing changed');
    const before = await keys();
    const edit = await deploy(['s3://site']);
    expect(edit.code).toBe(0);
    expect(counts(edit.output)).toEqual([total, 1, 0, total - 1]);
    const after = await keys();
    expect(after.get('posts/studio-one')).not.toBe(before.get('posts/studio-one'));
    // The rules did not change: the manifest is not written again (one upload is one upload).
    expect(after.get(MANIFEST)).toBe(before.get(MANIFEST));
  }, 180_000);

  test('a changed header rule re-uploads the objects it changes, once; --force uploads all', async () => {
    const tags = [...(await keys()).keys()].filter((key) => key.startsWith('tags/'));
    expect(tags.length).toBeGreaterThan(1);
    appendFileSync(path.join(out, '_headers'), '\n/tags/*\n  Cache-Control: public, max-age=60\n');
    const manifestBefore = (await keys()).get(MANIFEST);
    const recached = await deploy(['s3://site']);
    expect(recached.code).toBe(0);
    expect(counts(recached.output)).toEqual([total, tags.length, 0, total - tags.length]);
    expect((await head(tags[0]!)).CacheControl).toBe('public, max-age=60');
    expect((await head('posts/studio-one')).CacheControl).toBe(
      'public, max-age=0, must-revalidate',
    );
    expect((await keys()).get(MANIFEST)).not.toBe(manifestBefore);
    expect(counts((await deploy(['s3://site'])).output)).toEqual([total, 0, 0, total]);
    expect(counts((await deploy(['s3://site', '--force'])).output)).toEqual([total, total, 0, 0]);
  }, 180_000);

  test('a removed post is deleted after the uploads; a deploy deleting past --max-deletes changes nothing', async () => {
    rmSync(path.join(out, 'posts/alley-notes.html'));
    rmSync(path.join(out, 'posts/alley-notes.md'));
    appendFileSync(path.join(out, 'index.html'), '<!-- without alley-notes -->');
    const guarded = await deploy(['s3://site', '--max-deletes', '1']);
    expect(guarded.code).toBe(1);
    expect(guarded.output).toContain(
      'this deploy would delete 2 objects, more than --max-deletes 1: nothing was changed',
    );
    expect((await keys()).has('posts/alley-notes')).toBe(true);

    const removed = await deploy(['s3://site']);
    expect(removed.code).toBe(0);
    expect(removed.output).toContain('deleted 2 objects');
    const bucket = await keys();
    expect(bucket.has('posts/alley-notes') || bucket.has('posts/alley-notes.md')).toBe(false);
    // The deletions come after every upload.
    expect(removed.output.indexOf('deleted 2 objects')).toBeGreaterThan(
      removed.output.lastIndexOf(' objects, '),
    );
    total -= 2;
  }, 180_000);

  test('wrong credentials or a missing bucket stop before anything changes, saying why', async () => {
    const before = await keys();
    rmSync(path.join(out, 'posts/studio-two.html')); // would be a deletion
    const wrong = await deploy(['s3://site'], { AWS_ACCESS_KEY_ID: 'NOT-OUR-KEY' });
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain('access to the bucket "site"');
    expect(wrong.output).toContain('check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
    const missing = await deploy(['s3://no-such-bucket']);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('the bucket "no-such-bucket" does not exist');
    expect(await keys()).toEqual(before);
    expect((await deploy(['not-a-bucket'])).output).toContain(
      'the destination must be an S3 address',
    );
  }, 120_000);

  test('a deploy cut short finishes when run again', async () => {
    const child = startDeploy(['s3://cut', '--concurrency', '1']);
    // Killed once its first stage is up (the manifest says so): the pages are not up yet.
    const exited = new Promise((resolve) => child.on('exit', resolve));
    while (!(await keys('cut')).has(MANIFEST) && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await exited;
    const partial = (await keys('cut')).size;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(total);
    const rerun = await deploy(['s3://cut']);
    expect(rerun.code).toBe(0);
    const [objects, uploads] = counts(rerun.output);
    expect(uploads).toBeLessThan(objects!);
    // Now every object is up, and a third run finds nothing to do.
    const cut = await keys('cut');
    cut.delete(MANIFEST);
    expect(cut.size).toBe(objects);
    expect((await deploy(['s3://cut'])).output).toMatch(/ 0 to upload /);
  }, 240_000);
  test('a store that throttles (503 SlowDown) gets every object all the same, by retries', async () => {
    // Between the deploy and the server: every seventh upload is refused once, as S3 does
    // when a prefix is written too fast.
    let puts = 0;
    let refused = 0;
    const proxy = createServer((incoming, answer) => {
      if (incoming.method === 'PUT' && ++puts % 7 === 0) {
        refused++;
        incoming.resume();
        incoming.on('end', () =>
          answer
            .writeHead(503, { 'content-type': 'application/xml' })
            .end(
              '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code>' +
                '<Message>Please reduce your request rate.</Message></Error>',
            ),
        );
        return;
      }
      const target = new URL(s3.endpoint);
      const forward = request(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers,
        },
        (response) => {
          answer.writeHead(response.statusCode!, response.headers);
          response.pipe(answer);
        },
      );
      incoming.pipe(forward);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (proxy.address() as AddressInfo).port;
      const slow = await deploy(['s3://slow'], { AWS_ENDPOINT_URL: `http://127.0.0.1:${port}` });
      expect(slow.output).toContain('✓ deployed');
      expect(refused).toBeGreaterThan(10);
      // Every object is up with the bytes of its file.
      const bucket = await keys('slow');
      const expected = siteObjects(out);
      expect(bucket.size).toBe(expected.length + 1);
      for (const object of expected) expect(bucket.get(object.key)).toBe(`"${object.md5}"`);
    } finally {
      proxy.close();
    }
  }, 240_000);
});
