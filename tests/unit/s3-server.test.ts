import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { byteOrder, startS3Server } from '../helpers/s3-server';

/**
 * The canary of the deploy tests' S3 server (tests/helpers/s3-server.ts): a bucket past one
 * listing page lists every key once, in S3's byte order, through the store that replaces
 * s3rver's listing, and a write or delete shows in the next listing. Keys are shaped like an
 * export's (`posts/a`, `posts/a-b`, `posts/a/q/1`), where a walk of folders goes out of order.
 */
const work = mkdtempSync(path.join(tmpdir(), 'daedam-s3-'));
let started: Awaited<ReturnType<typeof startS3Server>>;

beforeAll(async () => {
  started = await startS3Server(work);
  await started.client.send(new CreateBucketCommand({ Bucket: 'canary' }));
});

afterAll(async () => {
  await started?.server.close();
  rmSync(work, { recursive: true, force: true });
});

async function listAll(): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await started.client.send(
      new ListObjectsV2Command({ Bucket: 'canary', ContinuationToken: token, MaxKeys: 500 }),
    );
    keys.push(...(page.Contents ?? []).map((object) => object.Key!));
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}

test('a bucket of 1,500 keys lists every key once, in byte order, across pages', async () => {
  const keys: string[] = [];
  for (let i = 0; i < 300; i++) {
    const slug = `posts/p${String((i * 7919) % 1000).padStart(3, '0')}`;
    keys.push(slug, `${slug}-b`, `${slug}/q/1`, `${slug}/q/2/og.png`, `${slug}.txt`);
  }
  for (let i = 0; i < keys.length; i += 50)
    await Promise.all(
      keys
        .slice(i, i + 50)
        .map((key) =>
          started.client.send(new PutObjectCommand({ Bucket: 'canary', Key: key, Body: key })),
        ),
    );
  const listed = await listAll();
  expect(listed).toHaveLength(keys.length);
  expect(listed).toEqual([...keys].sort(byteOrder));
  expect(started.store.listings).toBeGreaterThanOrEqual(3);

  // A write and a delete after a listing show in the next one.
  await started.client.send(
    new PutObjectCommand({ Bucket: 'canary', Key: 'posts/new', Body: 'x' }),
  );
  await started.client.send(new DeleteObjectCommand({ Bucket: 'canary', Key: keys[0] }));
  const after = await listAll();
  expect(after).toContain('posts/new');
  expect(after).not.toContain(keys[0]);
  expect(after).toHaveLength(keys.length);
}, 120_000);
