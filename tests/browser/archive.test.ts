import AxeBuilder from '@axe-core/playwright';
import { screenshotPath, VIEWPORTS, watchProblems, openSite, visit } from '../helpers/browser';

/** The archive's new pages (people, tags, posts in other languages) as readers get them. */
const site = openSite('archive');

const ROUTES = [
  '/people',
  '/people/yann-lecun',
  '/people/yann-lecun/page/2',
  '/tags/ai',
  '/posts/yann-lecun-in-english',
  '/posts/japanese-interview',
  '/posts/markup-in-questions',
  // A recorded interview: the player and the timed controls.
  '/posts/lecun-on-world-models',
];

describe.each(['light', 'dark'] as const)('in the %s scheme', (colorScheme) => {
  test.each(ROUTES)(
    '%s: no console error or failed request, no axe violation, fits a phone',
    async (route) => {
      const context = await site.browser.newContext({ ...VIEWPORTS.phone, colorScheme });
      const page = await context.newPage();
      const problems = watchProblems(page);
      const response = await visit(page, `${site.server.origin}${route}`, {
        waitUntil: 'networkidle',
      });
      expect(response!.status()).toBe(200);
      expect(problems).toEqual([]);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: screenshotPath(`archive${route.replace(/\//g, '-')}-${colorScheme}`),
        fullPage: true,
      });
      await context.close();
    },
  );
});

test('a speaker badge is reachable by keyboard and opens the person page', async () => {
  const context = await site.browser.newContext(VIEWPORTS.desktop);
  const page = await context.newPage();
  await visit(page, `${site.server.origin}/posts/yann-lecun-in-english`, {
    waitUntil: 'networkidle',
  });
  let focused = '';
  for (let i = 0; i < 40 && !focused.includes('/people/'); i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLAnchorElement | null;
      return element?.closest('.speaker') ? element.href : '';
    });
  }
  expect(focused).toBe(`${site.server.origin}/people/yann-lecun`);
  await Promise.all([page.waitForURL('**/people/yann-lecun'), page.keyboard.press('Enter')]);
  await expect(page.locator('h1').textContent()).resolves.toContain('Yann LeCun');
  // The answer links land on the answer itself.
  await page.locator('.person-answers a').first().click();
  await page.waitForURL('**/posts/yann-lecun-in-english#q-1');
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('q-1');
  await context.close();
});

test('the English post is read in English: the text is lang="en" in the accessibility tree', async () => {
  const context = await site.browser.newContext(VIEWPORTS.desktop);
  const page = await context.newPage();
  await visit(page, `${site.server.origin}/posts/yann-lecun-in-english`);
  const lang = await page.evaluate(() => {
    const answer = document.querySelector('.answer p')!;
    return (answer.closest('[lang]') as HTMLElement).lang;
  });
  expect(lang).toBe('en');
  await context.close();
});
