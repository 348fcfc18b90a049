import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openSite, watchProblems, visit } from '../helpers/browser';

/**
 * Search on `generated` (24 generated interviews and 21 articles, a few hundred Q&A blocks): the page downloads
 * the shards of the query's words and the text of the results on screen, 20 at a time, never
 * the whole index; "결과 더 보기" brings the next 20.
 */
const site = openSite('generated');

async function openSearch(query = '') {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  const index: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/search-index')) index.push(pathname);
  });
  const suffix = query ? `?q=${encodeURIComponent(query)}` : '';
  await visit(page, `${site.server.origin}/search${suffix}`, { waitUntil: 'networkidle' });
  return { context, page, problems, index };
}

const resultCount = async (page: Page) => {
  await page.waitForFunction(() =>
    /^결과 \d+개/.test(document.getElementById('search-status')!.textContent ?? ''),
  );
  const status = await page.locator('#search-status').textContent();
  return Number(/결과 (\d+)개/.exec(status ?? '')![1]);
};

test('a common word: 20 results on screen, their text and the word’s shard downloaded, no more', async () => {
  const { context, page, problems, index } = await openSearch('연구');
  const total = await resultCount(page);
  expect(total).toBeGreaterThan(40);
  const links = page.locator('.search-results a');
  await expect(links.count()).resolves.toBe(20);
  expect(index.filter((file) => file.startsWith('/search-index/d/'))).toHaveLength(20);
  // One bigram, one shard; the meta file; nothing else of the index.
  expect(index.filter((file) => file.startsWith('/search-index/s/'))).toHaveLength(1);
  expect(index.filter((file) => !/^\/search-index\/(d|s)\//.test(file))).toEqual([
    '/search-index/meta.json',
  ]);
  const marks = await page.locator('.search-results mark').allTextContents();
  expect(marks.length).toBeGreaterThanOrEqual(20);
  expect(marks.every((mark) => mark === '연구')).toBe(true);
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(20);

  const more = page.getByRole('button', { name: `결과 더 보기 (20 / ${total})` });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.search-results a').length === 40);
  // The reader continues where the new results start.
  await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
    await links.nth(20).getAttribute('href'),
  );
  expect(index.filter((file) => file.startsWith('/search-index/d/'))).toHaveLength(40);
  const after = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(after.slice(0, 20)).toEqual(hrefs);
  expect(new Set(after).size).toBe(40);
  await expect(
    page.getByRole('button', { name: `결과 더 보기 (40 / ${total})` }).isVisible(),
  ).resolves.toBe(true);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('typing a two-word query key by key shows the results of the whole query', async () => {
  const { context, page, problems, index } = await openSearch();
  await page.locator('#search-page-input').pressSequentially('연구 결과', { delay: 30 });
  const total = await resultCount(page);
  expect(total).toBeGreaterThan(0);
  await page.waitForFunction(() => {
    const marks = [...document.querySelectorAll('.search-results li:first-child mark')];
    return marks.some((m) => m.textContent === '결과');
  });
  await expect(page.evaluate(() => location.search)).resolves.toBe(
    `?q=${encodeURIComponent('연구 결과').replace(/%20/g, '+')}`,
  );
  // Shards are fetched when the typing pauses, not for every key.
  expect(index.filter((file) => file.startsWith('/search-index/s/')).length).toBeLessThanOrEqual(4);
  expect(problems).toEqual([]);
  await context.close();
});

test('a word nowhere in the archive: the status says so and there is nothing more to load', async () => {
  const { context, page } = await openSearch('양자얽힘');
  await page.waitForFunction(() =>
    /없습니다/.test(document.getElementById('search-status')!.textContent ?? ''),
  );
  await expect(page.locator('.search-results a').count()).resolves.toBe(0);
  await expect(page.locator('#search-more').isVisible()).resolves.toBe(false);
  await context.close();
});

test('a shard that does not arrive: the reader is told, and the next keystroke tries again', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  let offline = true;
  await page.route('**/search-index/s/**', (route) => (offline ? route.abort() : route.continue()));
  await visit(page, `${site.server.origin}/search`, { waitUntil: 'networkidle' });
  const input = page.locator('#search-page-input');
  await input.fill('연구');
  await page.waitForFunction(() =>
    /불러오지 못했습니다/.test(document.getElementById('search-status')!.textContent ?? ''),
  );
  await expect(page.locator('.search-results a').count()).resolves.toBe(0);
  offline = false;
  await input.press('End');
  await input.press('Space');
  await expect(resultCount(page)).resolves.toBeGreaterThan(20);
  await context.close();
});
