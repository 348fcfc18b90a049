import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageWeight } from '../../bench/lib/weight.mjs';
import { FIRST_POST_SLUG } from '../helpers/content';
import { siteDir } from '../helpers/site';

/**
 * The byte budgets, checked on every run (timings live in `npm run bench`). Reading pages
 * ship no framework runtime (issue 10): their JavaScript is our own modules only. The bare
 * App Router page of the same Next.js, built in this run, shows what that saves.
 */
const KB = 1024;
const floor = pageWeight(path.join(process.cwd(), 'bench/floor/out'), 'index.html');
const post = pageWeight(siteDir('main'), `posts/${FIRST_POST_SLUG}.html`);

test('post page JavaScript ≤ 6 KB gzipped, all client features included', () => {
  expect(post.scripts).toBeGreaterThan(0); // the features are there, as a module
  expect(post.js.gzip).toBeLessThanOrEqual(6 * KB);
  // For scale: the bare Next.js page carries its runtime (well over 100 KB).
  expect(floor.js.gzip).toBeGreaterThan(100 * KB);
});

test('post page CSS ≤ 12 KB gzipped', () => {
  expect(post.css.gzip).toBeLessThanOrEqual(12 * KB);
});

test('the first post’s HTML ≤ 12 KB gzipped', () => {
  expect(post.html.gzip).toBeLessThanOrEqual(12 * KB);
});

test.each(['index.html', 'categories/nlp.html', `posts/${FIRST_POST_SLUG}/q/4.html`, '404.html'])(
  '%s stays within the same JavaScript budget',
  (file) => {
    expect(pageWeight(siteDir('main'), file).js.gzip).toBeLessThanOrEqual(6 * KB);
  },
);

test('the search page loads its engine on top, and stays far below the runtime', () => {
  const search = pageWeight(siteDir('main'), 'search.html');
  expect(search.scripts).toBe(2);
  expect(search.js.gzip).toBeLessThanOrEqual(10 * KB);
});

describe('listings stay light as the archive grows', () => {
  const LISTINGS = ['index.html', 'page/2.html', 'page/3.html'];

  test('the home page lists 20 posts and pages through the rest', () => {
    const counts = LISTINGS.map((file) => {
      const html = readFileSync(path.join(siteDir('generated'), file), 'utf8');
      return (html.match(/<li><article/g) ?? []).length;
    });
    expect(counts).toEqual([20, 20, 5]);
  });

  test.each(LISTINGS)('%s is at most 30 KB gzipped', (file) => {
    expect(pageWeight(siteDir('generated'), file).html.gzip).toBeLessThanOrEqual(30 * KB);
  });

  test('category pages paginate the same way', () => {
    const categories = readdirSync(path.join(siteDir('generated'), 'categories')).filter((f) =>
      f.endsWith('.html'),
    );
    for (const file of categories) {
      const weight = pageWeight(siteDir('generated'), `categories/${file}`);
      expect({ file, ok: weight.html.gzip <= 30 * KB }).toEqual({ file, ok: true });
    }
  });
});

describe('share cards are palette PNGs of at most 30 KB on average', () => {
  const cards = (['main', 'fixtures', 'archive'] as const).flatMap((site) =>
    readdirSync(siteDir(site), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('og.png'))
      .map((file) => path.join(siteDir(site), file)),
  );

  test('every card is a 1200×630 8-bit palette PNG (what Facebook, X, Kakao and Slack read)', () => {
    expect(cards.length).toBeGreaterThan(20);
    for (const file of cards) {
      const bytes = readFileSync(file);
      expect({ file, signature: bytes.subarray(0, 8).toString('hex') }).toEqual({
        file,
        signature: '89504e470d0a1a0a',
      });
      expect({ file, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
        file,
        width: 1200,
        height: 630,
      });
      expect({ file, depth: bytes[24], colourType: bytes[25] }).toEqual({
        file,
        depth: 8,
        colourType: 3,
      });
    }
  });

  test('mean card size ≤ 30 KB', () => {
    const sizes = cards.map((file) => readFileSync(file).length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeLessThanOrEqual(30 * KB);
  });
});
