import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageWeight } from '../../bench/lib/weight.mjs';
import { FIRST_POST_SLUG } from '../helpers/content';
import { siteDir } from '../helpers/site';

/**
 * The byte budgets of issue 6, checked on every run (timings live in `npm run bench`).
 * The JavaScript floor is a bare App Router page of the same Next.js, built in this run.
 */
const KB = 1024;
const floor = pageWeight(path.join(process.cwd(), 'bench/floor/out'), 'index.html');
const post = pageWeight(siteDir('main'), `posts/${FIRST_POST_SLUG}.html`);

test('post page JavaScript ≤ floor + 8 KB gzipped, all client features included', () => {
  expect(floor.js.gzip).toBeGreaterThan(100 * KB); // the floor really is Next's runtime
  expect(post.js.gzip - floor.js.gzip).toBeLessThanOrEqual(8 * KB);
});

test('post page CSS ≤ 12 KB gzipped', () => {
  expect(post.css.gzip).toBeLessThanOrEqual(12 * KB);
});

test('the first post’s HTML ≤ 25 KB gzipped', () => {
  expect(post.html.gzip).toBeLessThanOrEqual(25 * KB);
});

test.each([
  'index.html',
  'categories/nlp.html',
  'search.html',
  `posts/${FIRST_POST_SLUG}/q/4.html`,
])('%s stays within the same JavaScript budget', (file) => {
  expect(pageWeight(siteDir('main'), file).js.gzip - floor.js.gzip).toBeLessThanOrEqual(8 * KB);
});

describe('listings stay light as the archive grows', () => {
  const LISTINGS = ['index.html', 'page/2.html', 'page/3.html'];

  test('the home page lists 20 posts and pages through the rest', () => {
    const counts = LISTINGS.map((file) => {
      const html = readFileSync(path.join(siteDir('listing'), file), 'utf8');
      return (html.match(/<li><article/g) ?? []).length;
    });
    expect(counts).toEqual([20, 20, 5]);
  });

  test.each(LISTINGS)('%s is at most 30 KB gzipped', (file) => {
    expect(pageWeight(siteDir('listing'), file).html.gzip).toBeLessThanOrEqual(30 * KB);
  });

  test('category pages paginate the same way', () => {
    const categories = readdirSync(path.join(siteDir('listing'), 'categories')).filter((f) =>
      f.endsWith('.html'),
    );
    for (const file of categories) {
      const weight = pageWeight(siteDir('listing'), `categories/${file}`);
      expect({ file, ok: weight.html.gzip <= 30 * KB }).toEqual({ file, ok: true });
    }
  });
});
