import { FIRST_POST_SLUG } from '../helpers/content';
import { screenshotPath, VIEWPORTS, watchProblems, openSite, visit } from '../helpers/browser';

const PAGES = {
  home: '/',
  post: `/posts/${FIRST_POST_SLUG}`,
  question: `/posts/${FIRST_POST_SLUG}/q/4`,
  category: '/categories/nlp',
  'not-found': '/no-such-page',
};

const site = openSite('main');

const cases = Object.entries(PAGES).flatMap(([name, route]) =>
  (['desktop', 'phone'] as const).flatMap((viewport) =>
    (['light', 'dark'] as const).map((scheme) => ({ name, route, viewport, scheme })),
  ),
);

describe.each(cases)('$name on $viewport in $scheme', ({ name, route, viewport, scheme }) => {
  test('loads every resource without errors and fits the screen', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS[viewport], colorScheme: scheme });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const response = await visit(page, `${site.server.origin}${route}`, {
      waitUntil: 'networkidle',
    });
    expect(response!.status()).toBe(name === 'not-found' ? 404 : 200);
    // The 404 document itself is expected; nothing else may fail.
    expect(problems.filter((p) => !(name === 'not-found' && p.endsWith(route)))).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: screenshotPath(`${name}-${viewport}-${scheme}`),
      fullPage: true,
    });
    await context.close();
  });
});

describe('reading the post', () => {
  test('the text is set for Hangul: words kept whole, generous line height, a readable measure', async () => {
    const page = await site.browser.newPage(VIEWPORTS.desktop);
    await visit(page, `${site.server.origin}${PAGES.post}`);
    const style = await page
      .locator('#q-4 .answer p')
      .first()
      .evaluate((p) => {
        const css = getComputedStyle(p);
        return {
          wordBreak: css.wordBreak,
          lineHeight: parseFloat(css.lineHeight) / parseFloat(css.fontSize),
          width: p.getBoundingClientRect().width / parseFloat(css.fontSize),
          font: css.fontFamily,
        };
      });
    expect(style.wordBreak).toBe('keep-all');
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.6);
    expect(style.lineHeight).toBeLessThanOrEqual(1.9);
    expect(style.width).toBeLessThanOrEqual(42);
    expect(style.width).toBeGreaterThanOrEqual(25);
    // A system Hangul face (Apple SD Gothic Neo, Malgun Gothic or Noto Sans KR): no download.
    expect(style.font).toMatch(/Apple SD Gothic Neo.*Malgun Gothic.*Noto Sans KR/);
    await page.close();
  });

  test('dark mode follows the system setting', async () => {
    const colours = await Promise.all(
      (['light', 'dark'] as const).map(async (scheme) => {
        const page = await site.browser.newPage({ colorScheme: scheme });
        await visit(page, `${site.server.origin}${PAGES.post}`);
        const value = await page.evaluate(() => [
          getComputedStyle(document.body).backgroundColor,
          getComputedStyle(document.body).color,
        ]);
        await page.close();
        return value;
      }),
    );
    expect(colours[0]).not.toEqual(colours[1]);
  });

  test('questions look different from answers and speakers are visible badges', async () => {
    const page = await site.browser.newPage(VIEWPORTS.phone);
    await visit(page, `${site.server.origin}${PAGES.post}`);
    const [question, answer] = await Promise.all(
      ['#q-1 h2', '#q-1 .answer p'].map((selector) =>
        page.locator(selector).evaluate((el) => {
          const css = getComputedStyle(el);
          return [css.fontWeight, css.backgroundColor].join(' ');
        }),
      ),
    );
    expect(question).not.toEqual(answer);
    await expect(page.locator('#q-1 h2 .speaker').isVisible()).resolves.toBe(true);
    const badge = page.locator('#q-1 .answer > .speaker');
    await expect(badge.isVisible()).resolves.toBe(true);
    await expect(badge.textContent()).resolves.toBe('LeCun: ');
    await page.close();
  });

  test('at 320 px nothing scrolls sideways', async () => {
    for (const route of Object.values(PAGES)) {
      const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
      await visit(page, `${site.server.origin}${route}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect({ route, overflow }).toEqual({ route, overflow: 0 });
      await page.close();
    }
  });

  test('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await site.browser.newPage();
    await visit(page, `${site.server.origin}${PAGES.post}`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.innerText()).resolves.toBe('본문으로 건너뛰기');
    await expect(focused.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('content');
    await page.close();
  });

  test('a category link and the home link navigate between pages', async () => {
    const page = await site.browser.newPage();
    await visit(page, `${site.server.origin}${PAGES.post}`);
    await page.locator('header a.category').click();
    await page.waitForURL(`${site.server.origin}/categories/nlp`);
    await expect(page.locator('h1').innerText()).resolves.toContain('NLP');
    await page.locator('.site-name').click();
    await page.waitForURL(`${site.server.origin}/`);
    await expect(page.locator('main .post-list a').first().getAttribute('href')).resolves.toBe(
      PAGES.post,
    );
    await page.close();
  });
});
