import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadPosts } from '@/lib/posts/load';
import { page, siteDir } from '../helpers/site';

/**
 * QUESTION_PAGES=off (hosts with a file cap): the `lean` site is the `archive` content built
 * without question share pages and their cards. Every other test that walks all sites (valid
 * HTML, every link resolves, no runtime) runs on it too.
 */
const files = (site: 'lean' | 'archive') =>
  readdirSync(siteDir(site), { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.\w+$/.test(file),
  );

test('no question page or question card is exported', () => {
  expect(
    files('lean').filter((file) => /^posts\/[^/]+\/q\//.test(file.split(path.sep).join('/'))),
  ).toEqual([]);
  expect(
    files('archive').some((file) => /\/q\/1\/og\.png$/.test(file.split(path.sep).join('/'))),
  ).toBe(true);
});

test('each question costs no file: the export is 2 files a question smaller', async () => {
  const posts = await loadPosts(path.join(process.cwd(), 'tests/fixtures/archive-posts'), {
    includeDrafts: false,
  });
  const questions = posts.reduce((total, post) => total + post.questions.length, 0);
  expect(questions).toBeGreaterThan(20);
  expect(files('archive').length - files('lean').length).toBe(2 * questions);
});

test('a shared answer is the post’s own #q-N link', () => {
  const controls = page('lean', '/posts/lecun-on-world-models').querySelectorAll('.qa-share');
  expect(controls).toHaveLength(19);
  controls.forEach((control, i) => {
    expect(control.getAttribute('data-share-path')).toBe(`/posts/lecun-on-world-models#q-${i + 1}`);
  });
});
