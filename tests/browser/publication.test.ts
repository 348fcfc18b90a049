import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openSite, visit, watchProblems } from '../helpers/browser';

/**
 * Issue 31 in Chromium, on `npm start`'s server over the publication fixture (an English
 * interface, Korean and English posts, a series, aliases).
 */
const site = openSite('publication');

async function open(route: string, options = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await visit(page, site.url(route), { waitUntil: 'networkidle' });
  return page;
}

describe('an alias brings a shared link to the renamed post', () => {
  test('the old URL redirects to the new one, keeping the moment and the answer it named', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(site.url('/posts/lecun-interview-english?t=3#q-2'));
    expect(page.url()).toBe(site.url('/posts/lecun-barrons-en?t=3#q-2'));
    expect(response?.status()).toBe(200);
    // The server answered with a real redirect (it reads _redirects, as Netlify and Cloudflare do).
    const chain = response?.request().redirectedFrom();
    expect(chain?.url()).toBe(site.url('/posts/lecun-interview-english?t=3'));
    expect((await chain?.response())?.status()).toBe(301);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Yann LeCun on large language models',
    );
    await context.close();
  });

  test('on a host that ignores _redirects, the page at the old path sends the reader on, #q- and all', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    // `/….html` is the redirect page itself, as a host without _redirects serves the old path.
    await page.goto(site.url('/2023/04/lecun.html#q-2'));
    await page.waitForURL(site.url('/posts/lecun-barrons-en#q-2'));
    await expect(page.locator('#q-2').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]); // its script ran under its own policy
    await context.close();
  });

  test('without JavaScript the refresh still gets there', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/posts/lecun-interview-english.html'));
    await page.waitForURL(site.url('/posts/lecun-barrons-en'));
    await context.close();
  });
});

describe('the English interface works as the Korean one does', () => {
  test('copying an answer’s link is announced in English', async () => {
    const page = await open('/posts/lecun-barrons-ko', {});
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    await page.locator('#q-3 [data-action="copy"]').click();
    // The announcement follows the clipboard's promise: wait for it, then read what it says.
    await page.waitForFunction(
      () => document.querySelector('#q-3 [role="status"]')?.textContent !== '',
    );
    await expect(page.locator('#q-3 [role="status"]').textContent()).resolves.toBe('Link copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      site.url('/posts/lecun-barrons-ko#q-3'),
    );
    // The theme button names itself in English, before and after a press.
    const theme = page.locator('.theme-toggle');
    await expect(theme.getAttribute('aria-label')).resolves.toBe(
      'Colour theme: system setting (press for light)',
    );
    await theme.click();
    await expect(theme.getAttribute('aria-label')).resolves.toBe(
      'Colour theme: light (press for dark)',
    );
    await page.context().close();
  });

  test('search answers in English', async () => {
    const page = await open('/search');
    await page.locator('#search-page-input').fill('작업실');
    await page.waitForFunction(() =>
      /results?$/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    );
    await page.locator('#search-page-input').fill('zzzzqqq');
    await page.waitForFunction(() =>
      (document.querySelector('[role="status"]')?.textContent ?? '').startsWith(
        'No question or answer matches',
      ),
    );
    await page.context().close();
  });

  describe.each(['light', 'dark'] as const)('in the %s scheme', (colorScheme) => {
    test.each([
      '/posts/lecun-barrons-ko',
      '/posts/lecun-barrons-en',
      '/posts/studio-two',
      '/series/seoului-jakeopsil',
      '/archive',
      '/archive/2024',
    ])('axe finds no violation on %s', async (route) => {
      const page = await open(route, { colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(15);
      await page.context().close();
    });
  });
});
