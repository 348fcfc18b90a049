import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { FIRST_POST_SLUG } from '../helpers/content';
import { launchChromium, VIEWPORTS, visit } from '../helpers/browser';
import { serve } from '../helpers/server';
import type { RunningServer } from '../helpers/server';
import { siteDir } from '../helpers/site';

const POST = `/posts/${FIRST_POST_SLUG}`;
const PAGES = {
  home: '/',
  post: POST,
  question: `${POST}/q/3`,
  category: '/categories/nlp',
  'not-found': '/no-such-page',
};

let browser: Browser;
let main: RunningServer;
let fixtures: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
  main = await serve(siteDir('main'));
  fixtures = await serve(siteDir('fixtures'));
});

afterAll(async () => {
  await browser?.close();
  await main?.close();
  await fixtures?.close();
});

/** A page in its own context (axe needs one); close it with close(page). */
async function open(url: string, options = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await visit(page, url, { waitUntil: 'networkidle' });
  return page;
}

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (colorScheme) => {
  test.each(Object.entries(PAGES))('axe finds no violation on %s', async (_name, route) => {
    const page = await open(`${main.origin}${route}`, { colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(15); // axe really ran (CSP did not block it)
    await page.context().close();
  });
});

test('axe finds no violation on the fixture posts (panel, MDX, article with a table)', async () => {
  for (const route of [
    '/posts/panel-on-korean-nlp',
    '/posts/hand-written',
    '/posts/plain-essay',
    '/categories/ingong-jineung',
  ]) {
    const page = await open(`${fixtures.origin}${route}`);
    const results = await new AxeBuilder({ page }).analyze();
    expect({ route, violations: results.violations.map((v) => v.id) }).toEqual({
      route,
      violations: [],
    });
    await page.context().close();
  }
});

test('every interactive control of the post is reachable with Tab and visibly focused', async () => {
  const page = await open(`${main.origin}${POST}`);
  const controls = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ]
      // Controls a reader can see: not display:none, not visibility:hidden (the 인용 공유
      // buttons wait for a selection that way; tests/browser/quote.test.ts tabs to them).
      .filter(
        (el) =>
          ((el as HTMLElement).offsetParent !== null &&
            getComputedStyle(el).visibility !== 'hidden') ||
          el.classList.contains('skip-link'),
      )
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  const reached: string[] = [];
  for (let i = 0; i < controls.length + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        html: el.outerHTML.slice(0, 80),
        visible: rect.width > 0 && rect.height > 0,
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect({ control: focused.html, visible: focused.visible, ring: focused.ring }).toEqual({
      control: focused.html,
      visible: true,
      ring: true,
    });
    if (!reached.includes(focused.html)) reached.push(focused.html);
  }
  expect(reached).toEqual(expect.arrayContaining(controls));
  await page.context().close();
});

describe.each(Object.entries(VIEWPORTS))('deep links on %s', (_name, viewport) => {
  test('…#q-5 opens with question 5 at the top of the viewport', async () => {
    const page = await open(`${main.origin}${POST}#q-5`, viewport);
    const top = await page.locator('#q-5-q').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(80);
    // Nothing fixed or sticky covers it.
    const covering = await page.locator('#q-5-q').evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + 5, rect.top + 5);
      return hit === el || el.contains(hit);
    });
    expect(covering).toBe(true);
    await page.context().close();
  });
});

test.each([320, 390])(
  'at %i px long URLs, long words and wide tables do not scroll the page sideways',
  async (width) => {
    for (const [origin, route] of [
      [fixtures.origin, '/posts/plain-essay'],
      [fixtures.origin, '/posts/panel-on-korean-nlp'],
      [main.origin, POST],
      [main.origin, `${POST}/q/4`],
    ] as const) {
      const page = await open(`${origin}${route}`, { viewport: { width, height: 700 } });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect({ route, overflow }).toEqual({ route, overflow: 0 });
      await page.context().close();
    }
  },
);

test('navigation to a post and back restores the list from the back/forward cache', async () => {
  const page = await open(`${fixtures.origin}/`);
  const before = await page.locator('main .post-list h2').allTextContents();
  await page.evaluate(() => ((window as { __listing?: boolean }).__listing = true));
  await page.getByRole('link', { name: '인터뷰를 기록하는 방법' }).click();
  await page.waitForURL(`${fixtures.origin}/posts/plain-essay`);
  await expect(page.locator('h1').textContent()).resolves.toBe('인터뷰를 기록하는 방법');
  // A document of its own: no client router carried the listing's state over.
  expect(await page.evaluate(() => (window as { __listing?: boolean }).__listing)).toBeUndefined();
  // Back: the listing comes out of the back/forward cache as it was (no new load event).
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL(`${fixtures.origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as { __listing?: boolean }).__listing === true);
  await expect(page.locator('main .post-list h2').allTextContents()).resolves.toEqual(before);
  await page.context().close();
});

test('the post page downloads at most 200 KB of fonts', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let fontBytes = 0;
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'font') fontBytes += (await response.body()).length;
  });
  await visit(page, `${main.origin}${POST}`, { waitUntil: 'networkidle' });
  expect(fontBytes).toBeLessThanOrEqual(200 * 1024);
  await context.close();
});
