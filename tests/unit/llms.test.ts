import path from 'node:path';
import { llmsFullTxt, llmsTxt } from '@/lib/llms/llms-txt';
import { loadPosts } from '@/lib/posts/load';
import type { PostWithText } from '@/lib/posts';

let posts: PostWithText[];
beforeAll(async () => {
  posts = await loadPosts(path.join(process.cwd(), 'tests/fixtures/archive-posts'), {
    includeDrafts: false,
  });
});

test('llms-full.txt holds every post while they fit', () => {
  const full = llmsFullTxt(posts);
  for (const post of posts) expect(full).toContain(`## ${post.title.replace(/\s+/g, ' ')}`);
  expect(full).not.toContain('나머지');
});

test('past its size limit it keeps the newest posts whole and points to llms.txt for the rest', () => {
  const whole = llmsFullTxt(posts);
  const limit = Math.floor(Buffer.byteLength(whole) * 0.6);
  const capped = llmsFullTxt(posts, limit);
  expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(limit);
  const kept = posts.filter((post) => capped.includes(post.body.trim()));
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThan(posts.length);
  // The newest, in order, and nothing cut in the middle.
  expect(kept).toEqual(posts.slice(0, kept.length));
  expect(capped).toContain(
    `최근 글 ${kept.length}편만 담았습니다. 나머지 ${posts.length - kept.length}편은`,
  );
  expect(capped).toContain('/llms.txt');
  // llms.txt itself always lists every post.
  for (const post of posts) expect(llmsTxt(posts)).toContain(`/posts/${post.slug}.md`);
});
