import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { FIRST_POST_SLUG } from '../helpers/content';
import { enhanced, VIEWPORTS, watchProblems, openSite, visit } from '../helpers/browser';

const POST = `/posts/${FIRST_POST_SLUG}`;
const site = openSite('main');

async function open(
  route: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const url = `${site.server.origin}${route}`;
  // Without JavaScript nothing is enhanced: the page as loaded is the page.
  if (options.javaScriptEnabled === false) await page.goto(url, { waitUntil: 'networkidle' });
  else await visit(page, url, { waitUntil: 'networkidle' });
  return { context, page };
}

describe('the question navigator', () => {
  test('on a wide screen it is open beside the text and follows the reading', async () => {
    const { context, page } = await open(POST, { viewport: { width: 1440, height: 900 } });
    const nav = page.getByRole('navigation', { name: '질문 7개' });
    const links = nav.getByRole('link');
    await expect(links.count()).resolves.toBe(7);
    await expect(links.nth(0).isVisible()).resolves.toBe(true);
    const [navBox, textBox] = await Promise.all([
      nav.boundingBox(),
      page.locator('.post-body').boundingBox(),
    ]);
    expect(navBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);

    await page.locator('#q-5').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('q-5')!.scrollIntoView({ block: 'start' }));
    const current = nav.locator('a[aria-current="location"]');
    await nav.locator('a[aria-current="location"][href="#q-5"]').waitFor({ timeout: 3000 });
    await expect(current.count()).resolves.toBe(1);
    // Still visible after scrolling: it is sticky.
    const after = await nav.boundingBox();
    expect(after!.y).toBeGreaterThanOrEqual(0);
    expect(after!.y).toBeLessThan(100);
    await context.close();
  });

  test('on a phone it is a collapsed list that opens and jumps to a question', async () => {
    const { context, page } = await open(POST, VIEWPORTS.phone);
    const nav = page.getByRole('navigation', { name: '질문 7개' });
    await expect(nav.getByRole('link').first().isVisible()).resolves.toBe(false);
    await nav.locator('summary').tap();
    await nav
      .getByRole('link', {
        name: 'AI 챗봇이 때때로 정확도에 큰 문제를 일으키는 이유는 무엇일까요?',
      })
      .tap();
    await page.waitForURL(`${site.server.origin}${POST}#q-3`);
    const top = await page.locator('#q-3').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(60);
    await context.close();
  });

  test('without JavaScript it is still a working list of links', async () => {
    const { context, page } = await open(POST, {
      javaScriptEnabled: false,
      viewport: { width: 1440, height: 900 },
    });
    // No dead controls: the theme and share buttons need JavaScript, so they are not shown.
    await expect(page.locator('.theme-toggle').isVisible()).resolves.toBe(false);
    await expect(page.locator('.qa-share').first().isVisible()).resolves.toBe(false);
    const summary = page.locator('.toc summary');
    await summary.click();
    await page.locator('.toc a[href="#q-2"]').click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#q-2');
    await context.close();
  });
});

describe('the theme switch', () => {
  test('cycles system → light → dark and remembers the choice without a flash on load', async () => {
    const { context, page } = await open(POST, { colorScheme: 'light' });
    const toggle = page.locator('.theme-toggle');
    await expect(toggle.getAttribute('aria-label')).resolves.toContain('시스템 설정');
    await toggle.click();
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    // Reload with every script file held back: only the inline head script can act, so the
    // colours seen are those of the first paint.
    await page.route('**/*.js', (route) => route.abort());
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(
      page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    ).resolves.toBe(dark);
    // The button already names the stored theme: CSS picks its label, not the script.
    await expect(page.locator('.theme-toggle').innerText()).resolves.toContain('어둡게');
    await page.unroute('**/*.js');

    await page.reload({ waitUntil: 'networkidle' });
    await enhanced(page);
    await page.locator('.theme-toggle').click(); // dark → system
    await expect(page.evaluate(() => localStorage.getItem('daedam-theme'))).resolves.toBeNull();
    await expect(
      page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    ).resolves.not.toBe(dark);
    await context.close();
  });
});

describe('print', () => {
  test('prints the interview without chrome, with link targets, keeping Q&A blocks together', async () => {
    const { context, page } = await open(POST);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.toc', '.qa-share', '.skip-link']) {
      await expect(page.locator(selector).first().isVisible()).resolves.toBe(false);
    }
    const after = await page
      .locator('.source a')
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://t.co/CIU4E5NLC8');
    await expect(
      page.locator('#q-1').evaluate((el) => getComputedStyle(el).breakInside),
    ).resolves.toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});

describe('search', () => {
  test('/ focuses the search box anywhere; Enter searches; results link to the exact answer', async () => {
    const { context, page } = await open('/');
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('포머');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const result = page.locator('.search-results a').first();
    await expect(result.getAttribute('href')).resolves.toBe(`${POST}#q-5`);
    await expect(result.locator('mark').first().textContent()).resolves.toBe('포머');
    await context.close();
  });

  test.each([
    ['포머', '트랜스포머', `${POST}#q-5`],
    ['키보드', '키보드', `${POST}#q-1`],
    ['lecun', 'LeCun', `${POST}#q-1`],
    ['종말론자를', '종말론자', `${POST}#q-4`],
  ])('“%s” finds the answer and marks “%s”', async (query, marked, href) => {
    const { context, page } = await open(`/search?q=${encodeURIComponent(query)}`);
    const links = page.locator('.search-results a');
    await expect(links.first().waitFor()).resolves.toBeUndefined();
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(href);
    const marks = await page.locator('.search-results mark').allTextContents();
    expect(marks.some((m) => marked.toLowerCase().includes(m.toLowerCase()))).toBe(true);
    await context.close();
  });

  test('arrows move through results, Enter opens one, Escape clears', async () => {
    const { context, page } = await open('/search');
    const problems = watchProblems(page);
    const input = page.locator('#search-page-input');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'search-page-input',
    );
    await input.fill('생각');
    await page.waitForFunction(() =>
      /^결과 \d+개/.test(document.getElementById('search-status')!.textContent ?? ''),
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const hrefs = await page
      .locator('.search-results a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(second).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      hrefs[0],
    );
    await page.keyboard.press('Escape');
    await expect(input.inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'search-page-input',
    );
    await input.fill('포머');
    // Results follow the typing a frame later: wait for the list of this query.
    await page.waitForFunction(() => {
      const links = document.querySelectorAll('.search-results a');
      return links.length === 1 && links[0]!.getAttribute('href')!.endsWith('#q-5');
    });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.origin}${POST}#q-5`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the search code and index load only on the search page', async () => {
    const { context, page } = await open(POST);
    const scriptsOf = (target: Page) => {
      const urls: string[] = [];
      target.on('request', (request) => {
        if (request.resourceType() === 'script') urls.push(request.url());
      });
      return urls;
    };
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const scripts = scriptsOf(page);
    await page.reload({ waitUntil: 'networkidle' });
    await enhanced(page);
    expect(requests.filter((url) => url.includes('search-index'))).toEqual([]);
    expect(scripts).not.toEqual([]);
    const searchPage = await site.browser.newPage();
    const searchScripts = scriptsOf(searchPage);
    await visit(searchPage, `${site.server.origin}/search`, { waitUntil: 'networkidle' });
    // The search page has a chunk of its own that the post page never loads.
    expect(searchScripts.filter((src) => !scripts.includes(src)).length).toBeGreaterThan(0);
    await searchPage.close();
    await context.close();
  });
});
