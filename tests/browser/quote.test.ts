import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { FIRST_POST_SLUG } from '../helpers/content';
import { VIEWPORTS, watchProblems, openSite, visit } from '../helpers/browser';

/**
 * Quote links: select words of an answer, "인용 공유", and the link opens the interview with
 * the browser scrolled to (and highlighting) exactly those words.
 */
const main = openSite('main');
const archive = openSite('archive');
const POST = `/posts/${FIRST_POST_SLUG}`;
const SECOND_SENTENCE = '수학적으로는 정답의 경로에서 기하급수적으로 벗어날 가능성이 높습니다.';

async function clipboardContext(site: typeof main): Promise<BrowserContext> {
  const context = await site.browser.newContext(VIEWPORTS.desktop);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.origin,
  });
  return context;
}

/** Selects `text` inside question `n`'s answer, as a reader's drag or Shift+arrows would. */
async function select(page: Page, n: number, text: string, extendTo?: string) {
  await page.evaluate(
    ({ n, text, extendTo }) => {
      const find = (needle: string, root: Element) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (
          let node = walker.nextNode() as Text | null;
          node;
          node = walker.nextNode() as Text | null
        ) {
          const at = node.data.indexOf(needle);
          if (at >= 0) return { node, at };
        }
        throw new Error(`"${needle}" not found`);
      };
      const answer = document.querySelector(`#q-${n} .answer`)!;
      const start = find(text, answer);
      const range = document.createRange();
      range.setStart(start.node, start.at);
      if (extendTo) {
        const end = find(extendTo, document.querySelector(`#q-${n + 1}`)!);
        range.setEnd(end.node, end.at + extendTo.length);
      } else range.setEnd(start.node, start.at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { n, text, extendTo },
  );
  // selectionchange is handled in the next frame.
  await page.waitForFunction(
    (n) =>
      document.querySelector(`#q-${n} [data-action="quote"]`)?.classList.contains('is-available'),
    n,
  );
}

/** Tab from the block's "링크 복사" to its "인용 공유" and press Enter: keyboard only. */
async function pressQuoteWithKeyboard(page: Page, n: number) {
  await page.locator(`#q-${n} [data-action="copy"]`).focus();
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
    `인용 공유 (질문 ${n}, 선택한 글)`,
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => document.querySelector(`#q-${n} [role="status"]`)?.textContent !== '',
    n,
  );
}

test('select the second sentence of answer 3, press 인용 공유 with the keyboard: the quote and its link', async () => {
  const context = await clipboardContext(main);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await visit(page, `${main.server.origin}${POST}`, { waitUntil: 'networkidle' });
  // Without a selection the button is not offered (and takes no space it did not have).
  const button = page.locator('#q-3 [data-action="quote"]');
  await expect(button.isVisible()).resolves.toBe(false);
  const before = await page.locator('#q-4').boundingBox();

  await select(page, 3, SECOND_SENTENCE);
  await expect(button.isVisible()).resolves.toBe(true);
  await expect(page.locator('.quote-float').isVisible()).resolves.toBe(true);
  expect(await page.locator('#q-4').boundingBox()).toEqual(before); // no layout shift
  await pressQuoteWithKeyboard(page, 3);

  await expect(page.locator('#q-3 [role="status"]').textContent()).resolves.toBe(
    '인용문과 링크를 복사했습니다',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [quote, url] = copied.split('\n');
  expect(quote).toBe(`“${SECOND_SENTENCE}” — LeCun, Barron's 인터뷰`);
  expect(url).toBe(
    `${main.server.origin}${POST}#q-3:~:text=${encodeURIComponent(SECOND_SENTENCE)}`,
  );
  expect(problems).toEqual([]);

  // The recipient, on a short phone screen: the browser scrolls the sentence itself to the
  // middle (a plain #q-3 would put the question's heading at the top instead) and the
  // question list marks question 3.
  const other = await context.newPage();
  await other.setViewportSize({ width: 390, height: 320 });
  await visit(other, url!, { waitUntil: 'networkidle' });
  await other.waitForFunction(() => scrollY > 0);
  const seen = await other.evaluate((sentence) => {
    const walker = document.createTreeWalker(document.querySelector('#q-3')!, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const at = node.data.indexOf(sentence);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + sentence.length);
      const rect = range.getBoundingClientRect();
      const question = document.querySelector('#q-3')!.getBoundingClientRect();
      return { middle: (rect.top + rect.bottom) / 2 / innerHeight, question: question.top };
    }
    return null;
  }, SECOND_SENTENCE);
  expect(seen).not.toBeNull();
  expect(seen!.middle).toBeGreaterThan(0.25);
  expect(seen!.middle).toBeLessThan(0.75);
  expect(seen!.question).toBeLessThan(-40);
  await expect(
    other.locator('nav.toc a[aria-current="location"]').getAttribute('href'),
  ).resolves.toBe('#q-3');
  await context.close();
});

test('a selection that leaves its answer is trimmed to the answer it starts in', async () => {
  const context = await clipboardContext(main);
  const page = await context.newPage();
  await visit(page, `${main.server.origin}${POST}`, { waitUntil: 'networkidle' });
  // From the last sentence of answer 3 into question 4's heading.
  await select(page, 3, '생성되는 답변이', 'AI 개발');
  await page.locator('.quote-float').click();
  const [quote, url] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(quote).toBe(
    "“생성되는 답변이 길어질수록 완전한 쓰레기를 생성할 가능성이 높아집니다.” — LeCun, Barron's 인터뷰",
  );
  expect(url).toContain('#q-3:~:text=');
  await context.close();
});

test('sentences with "-", "," and "&" are encoded so the fragment still finds them', async () => {
  const context = await clipboardContext(archive);
  const page = await context.newPage();
  await visit(page, `${archive.server.origin}/posts/yann-lecun-in-english`, {
    waitUntil: 'networkidle',
  });
  const sentence = 'R&D labs, start-ups, students';
  // A selection that starts and ends inside words is widened to whole words.
  await select(page, 3, 'R&D labs, start-ups, stud');
  await pressQuoteWithKeyboard(page, 3);
  const [quote, url] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(quote).toBe(`“${sentence}” — Yann LeCun, 「Yann LeCun on what language models miss」`);
  expect(url).toBe(
    `${archive.server.origin}/posts/yann-lecun-in-english#q-3:~:text=R%26D%20labs%2C%20start%2Dups%2C%20students`,
  );
  const other = await context.newPage();
  await visit(other, url!, { waitUntil: 'networkidle' });
  await expect(
    other.locator('nav.toc a[aria-current="location"]').getAttribute('href'),
  ).resolves.toBe('#q-3');
  await context.close();
});

test('a share page opened with a quote passes it on to the full interview', async () => {
  const context = await main.browser.newContext(VIEWPORTS.desktop);
  const page = await context.newPage();
  const directive = `text=${encodeURIComponent(SECOND_SENTENCE)}`;
  await visit(page, `${main.server.origin}${POST}/q/3#:~:${directive}`, {
    waitUntil: 'networkidle',
  });
  await expect(page.locator('.read-all a').getAttribute('href')).resolves.toBe(
    `${POST}#q-3:~:${directive}`,
  );
  await context.close();
});

describe.each(['light', 'dark'] as const)('in the %s scheme', (colorScheme) => {
  test('with words selected, the offered controls pass axe and are named for screen readers', async () => {
    const context = await main.browser.newContext({ ...VIEWPORTS.phone, colorScheme });
    const page = await context.newPage();
    await visit(page, `${main.server.origin}${POST}`, { waitUntil: 'networkidle' });
    await select(page, 3, SECOND_SENTENCE);
    await expect(
      page.getByRole('button', { name: '인용 공유 (질문 3, 선택한 글)' }).isVisible(),
    ).resolves.toBe(true);
    const results = await new AxeBuilder({ page })
      .include('#q-3')
      .include('.quote-float')
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`),
    ).toEqual([]);
    await context.close();
  });
});
