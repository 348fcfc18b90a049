import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openSite, VIEWPORTS, visit, watchProblems } from '../helpers/browser';

/**
 * Issue 29 in Chromium: a timed block's time plays the recording from that moment, the
 * question list marks the question being heard, the player stays in reach, and byte ranges
 * let the player seek (`npm start`'s server answers them).
 */
const site = openSite('archive');
/** tests/fixtures/video-posts/: a YouTube video, and an unlisted Vimeo one with a cover. */
const videos = openSite('videos');
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
  let asked = 0;
  page.on('request', (request) => {
    if (!request.url().includes('/recordings/')) return;
    asked++;
    const range = request.headers().range;
    if (range) ranges.push(range);
  });
  await visit(page, site.url(ROUTE), { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  // Before play: not a byte of the recording.
  expect(asked).toBe(0);
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
  // A tap on a time down the page plays from there.
  await page.getByRole('link', { name: '0:33부터 듣기' }).tap();
  await page.waitForFunction(() => {
    const audio = document.querySelector<HTMLAudioElement>('.recording audio')!;
    return !audio.paused && audio.currentTime >= 33;
  });
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

test('Chromium’s own WebVTT parser reads the transcript: a cue at each timed block, its speaker a voice', async () => {
  const page = await site.browser.newPage();
  await visit(page, site.url(ROUTE));
  const { cues, times } = await page.evaluate(async () => {
    const element = document.querySelector('.recording track') as HTMLTrackElement;
    const loaded = new Promise((resolve, reject) => {
      element.addEventListener('load', resolve);
      element.addEventListener('error', reject);
    });
    element.track.mode = 'hidden';
    await loaded;
    return {
      cues: [...element.track.cues!].map((cue) => {
        const vtt = cue as VTTCue;
        const voice = vtt.getCueAsHTML().firstChild as HTMLElement;
        return { start: vtt.startTime, voice: voice.title, text: voice.textContent };
      }),
      times: [...document.querySelectorAll<HTMLElement>('.qa .qa-time')].map((a) =>
        Number(a.dataset.time),
      ),
    };
  });
  expect(cues.map((cue) => cue.start)).toEqual(times);
  expect(cues[0]).toEqual({ start: 2, voice: '기자', text: '세계 모델이란 무엇입니까?' });
  expect(cues[1]!.voice).toBe('LeCun');
  await page.close();
});

describe('a link shared at a moment', () => {
  test('offers the arriving reader to play from that moment; nothing plays by itself', async () => {
    const context = await site.browser.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await visit(page, site.url(`${ROUTE}?t=13#q-2`), { waitUntil: 'networkidle' });
    const offer = page.getByRole('button', { name: '공유된 순간 0:13부터 듣기' });
    await expect(offer.isVisible()).resolves.toBe(true);
    // On screen where the link landed the reader (at the answer, far below the player).
    const where = (await offer.boundingBox())!;
    expect(where.y).toBeGreaterThan(0);
    expect(where.y + where.height).toBeLessThanOrEqual(844);
    // The native player is at the moment too, paused.
    await page.waitForFunction(
      () => document.querySelector<HTMLAudioElement>('.recording audio')!.currentTime === 13,
    );
    expect((await state(page)).paused).toBe(true);
    await offer.click();
    await page.waitForFunction(() => {
      const audio = document.querySelector<HTMLAudioElement>('.recording audio')!;
      return !audio.paused && audio.currentTime >= 13;
    });
    // Used, it goes.
    await offer.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await context.close();
  });

  test('“링크 복사” while listening to an answer carries where the recording is', async () => {
    const context = await site.browser.newContext(VIEWPORTS.desktop);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    const page = await context.newPage();
    await visit(page, site.url(ROUTE), { waitUntil: 'networkidle' });
    const copied = async (n: number) => {
      await page.locator(`#q-${n} .qa-share [data-action="copy"]`).click();
      return page.evaluate(() => navigator.clipboard.readText());
    };
    // Not yet listened to: the plain answer link.
    expect(await copied(2)).toBe(`${site.server.origin}${ROUTE}#q-2`);
    await page.getByRole('link', { name: '0:12부터 듣기' }).click();
    await page.waitForFunction(
      () => document.querySelector<HTMLAudioElement>('.recording audio')!.currentTime >= 14,
    );
    await page.locator('.recording audio').evaluate((audio: HTMLAudioElement) => audio.pause());
    const at = Math.floor(
      await page.locator('.recording audio').evaluate((a: HTMLAudioElement) => a.currentTime),
    );
    expect(at).toBeGreaterThanOrEqual(14);
    expect(at).toBeLessThan(24);
    expect(await copied(2)).toBe(`${site.server.origin}${ROUTE}?t=${at}#q-2`);
    // Another answer's link does not claim that moment.
    expect(await copied(4)).toBe(`${site.server.origin}${ROUTE}#q-4`);

    // Followed, the link offers that moment.
    const arriving = await context.newPage();
    await visit(arriving, `${site.server.origin}${ROUTE}?t=${at}#q-2`);
    await arriving.getByRole('button', { name: `공유된 순간 0:${at}부터 듣기` }).waitFor();
    await context.close();
  });

  test('a question’s own page passes the moment on to the interview', async () => {
    const page = await site.browser.newPage();
    await visit(page, site.url(`${ROUTE}/q/2?t=13`));
    const more = page.getByRole('link', { name: '전체 인터뷰에서 이어 읽기' });
    expect(new URL((await more.getAttribute('href'))!, page.url()).search).toBe('?t=13');
    await more.click();
    await page.getByRole('button', { name: '공유된 순간 0:13부터 듣기' }).waitFor();
    await page.close();
  });
});

describe('a YouTube or Vimeo video', () => {
  const VIDEO = '/posts/lecun-video-talk';
  const PLATFORMS =
    /^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com|[^/]*youtube\.com|[^/]*ytimg\.com|[^/]*vimeo\.com|[^/]*vimeocdn\.com)\//;

  /**
   * Every request the page sends anywhere but our server. The platforms are not reachable from
   * the test machines: a stand-in page answers for their players, so the test sees what the
   * page asks them for and whether its policy lets the frame load.
   */
  async function outside(page: Page): Promise<string[]> {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(videos.server.origin)) sent.push(request.url());
    });
    await page.route(PLATFORMS, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>player</title><p>player stand-in</p>',
      }),
    );
    return sent;
  }

  const frameSrc = (page: Page) =>
    page.locator('.recording-embed iframe').evaluate((f: HTMLIFrameElement) => f.src);

  test('nothing is asked of the platform until play is pressed; then its privacy-enhanced player', async () => {
    const context = await videos.browser.newContext(VIEWPORTS.desktop);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const sent = await outside(page);
    await visit(page, videos.url(VIDEO), { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(sent).toEqual([]);

    await page.getByRole('link', { name: '영상 재생' }).click();
    await page.locator('.recording-embed iframe').waitFor();
    const player = 'https://www.youtube-nocookie.com/embed/Xy3_kLm9PqA?autoplay=1&rel=0';
    expect(await frameSrc(page)).toBe(player);
    expect(new URL(page.url()).pathname).toBe(VIDEO);
    // Loaded, not refused by the page's policy (which would be a console error).
    await page.frameLocator('.recording-embed iframe').getByText('player stand-in').waitFor();
    expect(sent).toContain(player);
    expect(sent.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);

    // A time loads the player at that second.
    await page.getByRole('link', { name: '3:20부터 보기' }).click();
    await page.waitForFunction(
      () => document.querySelector('iframe')?.src.endsWith('&start=200') ?? false,
    );
    await page.frameLocator('.recording-embed iframe').getByText('player stand-in').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a Vimeo video on a phone', () => {
  test('a time pressed before the poster loads the player at that second', async () => {
    const context = await videos.browser.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(videos.server.origin)) sent.push(request.url());
    });
    await page.route(/^https:\/\/player\.vimeo\.com\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>player stand-in</p>' }),
    );
    await visit(page, videos.url('/posts/studio-film'), { waitUntil: 'networkidle' });
    expect(sent).toEqual([]);
    // The cover (a portrait photo) is the poster, filling a 16:9 box, the play button on it.
    await expect(page.locator('.embed-play .embed-poster img').isVisible()).resolves.toBe(true);
    const poster = (await page.locator('.embed-play').boundingBox())!;
    const button = (await page.locator('.embed-label').boundingBox())!;
    expect(poster.width / poster.height).toBeCloseTo(16 / 9, 1);
    expect(button.y).toBeGreaterThan(poster.y);
    expect(button.y + button.height).toBeLessThan(poster.y + poster.height);
    const time = page.getByRole('link', { name: '1:10부터 보기' });
    await time.focus();
    await page.keyboard.press('Enter');
    await page.frameLocator('.recording-embed iframe').getByText('player stand-in').waitFor();
    expect(sent).toEqual([
      'https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1&autoplay=1#t=70s'.replace(
        /#.*/,
        '',
      ),
    ]);
    expect(
      await page.locator('.recording-embed iframe').evaluate((f: HTMLIFrameElement) => f.src),
    ).toBe('https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1&autoplay=1#t=70s');
    expect(problems).toEqual([]);
    await context.close();
  });
});

test('axe finds no violation on the recorded and video posts, before and after play', async () => {
  for (const [handles, route, press] of [
    [site, ROUTE, '0:12부터 듣기'],
    [videos, '/posts/lecun-video-talk', '영상 재생'],
    [videos, '/posts/studio-film', '영상 재생'],
  ] as const) {
    const context = await handles.browser.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    await page.route(/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' }),
    );
    await visit(page, handles.url(`${route}?t=5`), { waitUntil: 'networkidle' });
    const violations = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.passes.length).toBeGreaterThan(10); // axe really ran
      return results.violations.map((v) => `${v.id}: ${v.help}`);
    };
    expect([route, 'before play', await violations()]).toEqual([route, 'before play', []]);
    await page.getByRole('link', { name: press }).click();
    await page.waitForTimeout(300);
    expect([route, 'after', await violations()]).toEqual([route, 'after', []]);
    await context.close();
  }
});
