import { jest } from '@jest/globals';

/**
 * Next bundles the route handlers apart from the pages, so a render worker runs two copies of
 * lib/posts. The archive must still be read once per process: every copy gets the same posts,
 * tags and people (lib/once-per-process.ts), not a copy of the archive each.
 */
describe('one archive per process, however many copies of lib/posts', () => {
  const saved = { POSTS_DIR: process.env.POSTS_DIR };
  beforeAll(() => Object.assign(process.env, { POSTS_DIR: 'tests/fixtures/site-posts' }));
  afterAll(() => Object.assign(process.env, saved));

  type Posts = typeof import('@/lib/posts');
  const loadCopy = async (): Promise<Posts> => {
    let copy: Posts | undefined;
    await jest.isolateModulesAsync(async () => {
      copy = await import('@/lib/posts');
    });
    return copy!;
  };

  test('two copies of the module share the posts, the tags and the people', async () => {
    const first = await loadCopy();
    const second = await loadCopy();
    // Two copies really were loaded: otherwise this test could not fail.
    expect(second.getAllPosts).not.toBe(first.getAllPosts);
    const posts = await first.getAllPosts();
    expect(posts.length).toBeGreaterThan(1);
    expect(await second.getAllPosts()).toBe(posts);
    expect(await second.getTags()).toBe(await first.getTags());
    expect(await second.getPeople()).toBe(await first.getPeople());
  });
});
