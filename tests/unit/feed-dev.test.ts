/**
 * `next dev` reads the posts afresh for every list (lib/posts/index.ts), so the people and the
 * archive are different objects there: a person's feed must still find that person's posts.
 */
describe('feeds in next dev', () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, POSTS_DIR: process.env.POSTS_DIR };
  afterAll(() => Object.assign(process.env, saved));

  test('a person’s feed lists the posts they appear in', async () => {
    Object.assign(process.env, { NODE_ENV: 'development', POSTS_DIR: 'tests/fixtures/site-posts' });
    const { personFeed } = await import('@/lib/feed/sources');
    const { getPeople } = await import('@/lib/posts');
    const people = (await getPeople()).people.filter((p) => p.gave.length > 0);
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      const feed = await personFeed(person.slug);
      const expected = new Set([...person.gave, ...person.conducted].map((post) => post.slug));
      expect(feed?.posts.map((post) => post.slug).sort()).toEqual([...expected].sort());
    }
  });
});
