import { enhanced, openSite, visit } from '../helpers/browser';
import { allHtmlFiles } from '../helpers/site';

const site = openSite('hostile');

const routes = allHtmlFiles('hostile').map((file) => `/${file.replace(/(index)?\.html$/, '')}`);

test.each(routes)('nothing from the posts runs in %s, even on hover and click', async (route) => {
  const page = await site.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await visit(page, site.url(route), { waitUntil: 'networkidle' });
  for (const target of await page.locator('main p, main h1, main h2, main .speaker').all()) {
    await target.hover();
  }
  for (const link of await page.locator('main .unsafe-link, main .unsafe-image').all()) {
    await link.click();
  }
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('body').isVisible()).resolves.toBe(true);
  await page.close();
});

test('the page’s Content-Security-Policy refuses any inline script it does not list', async () => {
  const page = await site.browser.newPage();
  await visit(page, site.url('/posts/hostile-interview'), { waitUntil: 'networkidle' });
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  // …while the page's own scripts ran: the inline theme script applies a stored choice, and
  // the theme button (our module) switches it.
  await page.evaluate(() => localStorage.setItem('daedam-theme', 'dark'));
  await page.reload({ waitUntil: 'networkidle' });
  await enhanced(page);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.locator('.theme-toggle').click();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  await page.close();
});
