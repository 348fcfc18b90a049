import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { forPages } from '@/lib/posts/for-pages';
import { loadPosts } from '@/lib/posts/load';
import { readPostsSnapshot, writePostsSnapshot } from '@/lib/posts/snapshot';
import type { Post } from '@/lib/posts';
import { runCheck } from '../helpers/content';

/**
 * `npm run build` hands Next's processes the posts its content check read (lib/posts/snapshot.ts)
 * instead of letting each of them parse the archive again. A page built from the snapshot must
 * see exactly the posts it would have read itself.
 */
const scratch = () => mkdtempSync(path.join(tmpdir(), 'daedam-snapshot-'));
const fixture = (name: string) => path.join(process.cwd(), 'tests/fixtures', name);

async function pagesPosts(folder: string): Promise<Post[]> {
  return (await loadPosts(folder, { includeDrafts: false })).map(forPages);
}

test('every field of every post comes back from the snapshot as it went in', async () => {
  // Fixtures with covers, pictures, recordings (local and platform), people, series,
  // translations and aliases: every kind of value a post holds.
  const posts = (
    await Promise.all(
      ['site-posts', 'publication', 'archive-posts', 'video-posts'].map((name) =>
        pagesPosts(fixture(name)),
      ),
    )
  ).flat();
  // Otherwise the round trip below would not cover what a picture or a recording adds.
  expect(posts.some((post) => post.cover?.info && post.cardPhoto)).toBe(true);
  expect(posts.some((post) => post.pictures.some((picture) => picture.info))).toBe(true);
  expect(posts.some((post) => post.recording?.info)).toBe(true);
  expect(posts.some((post) => post.series)).toBe(true);
  expect(posts.some((post) => post.translationKey)).toBe(true);
  expect(posts.some((post) => post.aliases.length > 0)).toBe(true);

  const file = path.join(scratch(), 'posts.json');
  writePostsSnapshot(file, posts);
  // JSON leaves out undefined fields, which a page reads as absent all the same.
  expect(await readPostsSnapshot(file)).toEqual(posts);
});

test('getAllPosts reads the snapshot the build names, not the content folder', async () => {
  const [first] = await pagesPosts(fixture('site-posts'));
  const snapshot = path.join(scratch(), 'posts.json');
  writePostsSnapshot(snapshot, [{ ...first!, title: '스냅샷에서 읽은 제목' }]);
  const saved = { POSTS_DIR: process.env.POSTS_DIR, POSTS_SNAPSHOT: process.env.POSTS_SNAPSHOT };
  Object.assign(process.env, { POSTS_DIR: fixture('site-posts'), POSTS_SNAPSHOT: snapshot });
  try {
    let posts: Post[] = [];
    await jest.isolateModulesAsync(async () => {
      posts = await (await import('@/lib/posts')).getAllPosts();
    });
    expect(posts.map((post) => post.title)).toEqual(['스냅샷에서 읽은 제목']);
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});

test('a snapshot the check never wrote fails the build, naming the file and the variable', async () => {
  const missing = path.join(scratch(), 'never-written.json');
  await expect(readPostsSnapshot(missing, 200)).rejects.toThrow(
    `the content check wrote nothing to ${missing} (POSTS_SNAPSHOT)`,
  );
  const wrong = path.join(scratch(), 'wrong.json');
  writeFileSync(wrong, '{"posts": []}');
  await expect(readPostsSnapshot(wrong)).rejects.toThrow(
    `${wrong} (POSTS_SNAPSHOT) holds no list of posts`,
  );
});

test('npm run check --posts writes the published posts as the pages keep them', async () => {
  const file = path.join(scratch(), 'not', 'yet', 'posts.json');
  const result = runCheck('tests/fixtures/site-posts', '--posts', file);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const written = JSON.parse(readFileSync(file, 'utf8')) as Post[];
  // The draft is not published; no body, no plain text, answers cut to their openings.
  expect(written.map((post) => post.slug)).not.toContain('unpublished-draft');
  expect(written).toEqual(await pagesPosts(fixture('site-posts')));
  expect(written.every((post) => !('body' in post) && !('text' in post))).toBe(true);
});
