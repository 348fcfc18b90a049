import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadPosts } from '@/lib/posts/load';
import { page, siteDir, SITES } from '../helpers/site';
import type { SiteName } from '../helpers/site';

/**
 * QUESTION_PAGES=off (hosts with a file cap): the `generated` site is built without question
 * share pages and their cards; `archive` is built with them. Every other test that walks all
 * sites (valid HTML, every link resolves, no runtime) runs on both.
 */
const questionFiles = (site: SiteName) =>
  readdirSync(siteDir(site), { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /^posts\/[^/]+\/q\/.*\.\w+$/.test(file))
    .sort();
const postsOf = (site: SiteName) =>
  loadPosts(path.join(process.cwd(), SITES[site].env.POSTS_DIR!), { includeDrafts: false });

test('with question pages off, no question page or question card is exported', async () => {
  expect((await postsOf('generated')).some((post) => post.questions.length > 4)).toBe(true);
  expect(questionFiles('generated')).toEqual([]);
});

test('with them on, each question costs exactly two files: its page and its card', async () => {
  const expected = (await postsOf('archive')).flatMap((post) =>
    post.questions.flatMap((_, i) => [
      `posts/${post.slug}/q/${i + 1}.html`,
      `posts/${post.slug}/q/${i + 1}/og.png`,
    ]),
  );
  expect(expected.length).toBeGreaterThan(40);
  expect(questionFiles('archive')).toEqual(expected.sort());
});

test('with question pages off, a shared answer is the post’s own #q-N link', async () => {
  const interviews = (await postsOf('generated')).filter((post) => post.questions.length > 0);
  expect(interviews.length).toBeGreaterThan(20);
  for (const post of interviews) {
    const paths = page('generated', `/posts/${post.slug}`)
      .querySelectorAll('.qa-share')
      .map((control) => control.getAttribute('data-share-path'));
    expect(paths).toEqual(post.questions.map((_, i) => `/posts/${post.slug}#q-${i + 1}`));
  }
});
