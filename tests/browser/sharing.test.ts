import { FIRST_POST_SLUG } from '../helpers/content';
import { VIEWPORTS, watchProblems, openSite, visit } from '../helpers/browser';
import { serve } from '../helpers/server';
import { siteDir, SITES } from '../helpers/site';

const site = openSite('main');
const POST = `/posts/${FIRST_POST_SLUG}`;

test('“링크 복사” puts the absolute URL of that answer on the clipboard and announces it', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.origin,
  });
  const page = await context.newPage();
  await visit(page, `${site.server.origin}${POST}`, { waitUntil: 'networkidle' });
  const block = page.locator('#q-3');
  await block.getByRole('button', { name: '링크 복사 (질문 3)' }).click();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
    `${site.server.origin}${POST}#q-3`,
  );
  await expect(block.getByRole('status').textContent()).resolves.toBe('링크를 복사했습니다');
  await context.close();
});

test('the copy control works from the keyboard', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.origin,
  });
  const page = await context.newPage();
  await visit(page, `${site.server.origin}${POST}`, { waitUntil: 'networkidle' });
  const button = page.locator('#q-1').getByRole('button', { name: '링크 복사 (질문 1)' });
  // Tab through the page until the first copy button has focus.
  for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
    `${site.server.origin}${POST}#q-1`,
  );
  await context.close();
});

test('on a phone without the Web Share API there is no dead share button, and copying still works', async () => {
  const context = await site.browser.newContext({ ...VIEWPORTS.phone });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.origin,
  });
  const page = await context.newPage();
  await visit(page, `${site.server.origin}${POST}`, { waitUntil: 'networkidle' });
  const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
  await expect(page.locator('#q-2').getByRole('button', { name: /^공유/ }).count()).resolves.toBe(
    hasShare ? 1 : 0,
  );
  await page.locator('#q-2').getByRole('button', { name: '링크 복사 (질문 2)' }).tap();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
    `${site.server.origin}${POST}#q-2`,
  );
  await context.close();
});

test('on a phone with the Web Share API, “공유” shares the question’s own page', async () => {
  const context = await site.browser.newContext({ ...VIEWPORTS.phone });
  // Desktop Linux Chromium has no share sheet; record what the page asks the device to share.
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as { __shared?: ShareData }).__shared = data;
      },
    });
  });
  const page = await context.newPage();
  await visit(page, `${site.server.origin}${POST}`, { waitUntil: 'networkidle' });
  await page.locator('#q-5').getByRole('button', { name: '공유 (질문 5)' }).tap();
  const shared = await page.evaluate(() => (window as { __shared?: ShareData }).__shared);
  expect(shared).toEqual({
    title: 'OpenAI의 기술은 구글, 메타 및 기타 스타트업의 AI 기술과 어떻게 비교되나요?',
    url: `${site.server.origin}${POST}/q/5`,
  });
  await context.close();
});

test('a share page opens and links back to the answer in the full interview', async () => {
  const page = await site.browser.newPage();
  const problems = watchProblems(page);
  await visit(page, `${site.server.origin}${POST}/q/6`, { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: '전체 인터뷰에서 이어 읽기' }).click();
  await page.waitForURL(`${site.server.origin}${POST}#q-6`);
  await expect(page.locator('#q-6').isVisible()).resolves.toBe(true);
  expect(problems).toEqual([]);
  await page.close();
});

test('a site built with BASE_PATH works under it: listing, post, answer, share page', async () => {
  // The hostile fixture is the one built under BASE_PATH=/daedam (tests/setup/sites.json).
  const hostile = await serve(siteDir('hostile'), SITES.hostile.env.BASE_PATH);
  const base = `${hostile.origin}/daedam`;
  const page = await site.browser.newPage();
  const problems = watchProblems(page);
  try {
    await visit(page, `${base}/`, { waitUntil: 'networkidle' });
    await page.locator('main a[href="/daedam/posts/hostile-interview"]').first().click();
    await page.waitForURL(`${base}/posts/hostile-interview`);
    await expect(page.locator('#q-1').isVisible()).resolves.toBe(true);
    await visit(page, `${base}/posts/hostile-interview/q/1`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: '전체 인터뷰에서 이어 읽기' }).click();
    await page.waitForURL(`${base}/posts/hostile-interview#q-1`);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
    await hostile.close();
  }
});
