import type { Page } from 'playwright-core';
import { openSite, VIEWPORTS, visit, watchProblems } from '../helpers/browser';

/**
 * Issue 29 in Chromium: a timed block's time plays the recording from that moment, the
 * question list marks the question being heard, the player stays in reach, and byte ranges
 * let the player seek (`npm start`'s server answers them).
 */
const site = openSite('archive');
const ROUTE = '/posts/lecun-on-world-models';

const state = (page: Page) =>
  page.locator('.recording audio').evaluate((audio: HTMLAudioElement) => ({
    time: audio.currentTime,
    paused: audio.paused,
    error: audio.error?.code ?? null,
  }));

test('pressing a time plays the recording from there and marks the question heard', async () => {
  const context = await site.browser.newContext(VIEWPORTS.desktop);
  const page = await context.newPage();
  const problems = watchProblems(page);
  const ranges: string[] = [];
  page.on('request', (request) => {
    const range = request.headers().range;
    if (request.url().includes('/recordings/') && range) ranges.push(range);
  });
  await visit(page, site.url(ROUTE), { waitUntil: 'networkidle' });
  // Before play: the metadata only (a WAV's header), not the 320 KB file.
  expect(await state(page)).toEqual({ time: 0, paused: true, error: null });

  await page.getByRole('link', { name: '0:12부터 듣기' }).click();
  await page.waitForFunction(() => {
    const audio = document.querySelector<HTMLAudioElement>('.recording audio')!;
    return !audio.paused && audio.currentTime >= 12;
  });
  const playing = await state(page);
  expect(playing.time).toBeGreaterThanOrEqual(12);
  expect(playing.time).toBeLessThan(14);
  // The page did not navigate to the file.
  expect(new URL(page.url()).pathname).toBe(ROUTE);
  await page.locator('.toc a[href="#q-2"][data-heard]').waitFor({ state: 'attached' });
  await expect(page.locator('.toc a[data-heard]').count()).resolves.toBe(1);
  expect(ranges.length).toBeGreaterThan(0);

  // Pausing clears the mark.
  await page.locator('.recording audio').evaluate((audio: HTMLAudioElement) => audio.pause());
  await page.locator('.toc a[data-heard]').waitFor({ state: 'detached' });
  expect(problems).toEqual([]);
  await context.close();
});

test('the keyboard reaches and presses a time control', async () => {
  const context = await site.browser.newContext(VIEWPORTS.desktop);
  const page = await context.newPage();
  await visit(page, site.url(ROUTE), { waitUntil: 'networkidle' });
  const control = page.getByRole('link', { name: '0:24부터 듣기' });
  await control.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const audio = document.querySelector<HTMLAudioElement>('.recording audio')!;
    return !audio.paused && audio.currentTime >= 24;
  });
  await context.close();
});

test('on a phone the player stays at the top of the screen while the interview is read', async () => {
  const context = await site.browser.newContext(VIEWPORTS.phone);
  const page = await context.newPage();
  await visit(page, site.url(ROUTE), { waitUntil: 'networkidle' });
  await page.evaluate(() => document.getElementById('q-4')!.scrollIntoView());
  const box = await page.locator('.recording audio').boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(20);
  await context.close();
});

test('without JavaScript a time opens the recording at that moment', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url(ROUTE), { waitUntil: 'networkidle' });
  const href = await page.getByRole('link', { name: '0:33부터 듣기' }).getAttribute('href');
  expect(href).toMatch(/^\/recordings\/[0-9a-f]{16}\.wav#t=33$/);
  await context.close();
  // Followed, Chromium's own media page starts there (the media fragment).
  const media = await site.browser.newPage();
  await media.goto(site.url(href!));
  await media.waitForFunction(() => {
    const element = document.querySelector('video, audio') as HTMLMediaElement | null;
    return element !== null && element.readyState >= 1 && element.currentTime >= 33;
  });
  await media.close();
});
