import AxeBuilder from '@axe-core/playwright';
import { openSite, VIEWPORTS, watchProblems, visit } from '../helpers/browser';

/**
 * A post with pictures as readers get it (tests/fixtures/site-posts/photo-essay.md): each
 * picture's file fits the size it is shown at on a phone (390 px at 3×) and a desktop
 * (1280 px at 1×), nothing moves while they arrive, and axe finds nothing in either scheme.
 */
const site = openSite('fixtures');
const POST = '/posts/photo-essay';

const SCREENS = {
  'a phone at 3×': { ...VIEWPORTS.phone, deviceScaleFactor: 3 },
  'a desktop at 1×': { ...VIEWPORTS.desktop, deviceScaleFactor: 1 },
};

describe.each(Object.entries(SCREENS))('pictures on %s', (name, viewport) => {
  test('each picture loads a file between its shown size and twice it, in AVIF, and nothing shifts', async () => {
    const context = await site.browser.newContext(viewport);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.addInitScript(() => {
      // Each shift with what moved (element and rectangles): a failure says where to look.
      const shifts: Array<{ value: number; moved: string[] }> = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      type Shift = PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: Array<{
          node?: Node;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }>;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          if (entry.hadRecentInput) continue;
          const moved = (entry.sources ?? []).map((source) => {
            const node = source.node as Element | undefined;
            const [a, b] = [source.previousRect, source.currentRect];
            return `${node?.outerHTML?.slice(0, 80) ?? '?'} (${a.x},${a.y},${a.width}×${a.height} → ${b.x},${b.y},${b.width}×${b.height})`;
          });
          shifts.push({ value: entry.value, moved });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await visit(page, site.url(POST), { waitUntil: 'networkidle' });
    // Down the page a screen at a time, so the lazy pictures load as a reader's would.
    for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(50);
    }
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    const shown = await page.$$eval('picture img', (images) =>
      (images as HTMLImageElement[]).map((img) => ({
        alt: img.alt,
        url: img.currentSrc,
        shown: img.getBoundingClientRect().width * window.devicePixelRatio,
        offered: img.srcset.split(',').map((s) => Number(/-(\d+)\.\w+ /.exec(s.trim() + ' ')?.[1])),
      })),
    );
    expect(shown).toHaveLength(4);
    for (const picture of shown) {
      const width = Number(/-(\d+)\.avif$/.exec(picture.url)?.[1]);
      const largest = Math.max(...picture.offered);
      const at = `${name}: ${picture.alt || '(decorative)'} shown ${Math.round(picture.shown)} px, loaded ${picture.url}`;
      expect([at, width > 0]).toEqual([at, true]); // an AVIF file
      expect([at, width >= Math.min(picture.shown, largest) - 1]).toEqual([at, true]);
      expect([at, width <= Math.max(2 * picture.shown, Math.min(...picture.offered))]).toEqual([
        at,
        true,
      ]);
    }
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: Array<{ value: number; moved: string[] }> }).__shifts,
    );
    expect(shifts).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

test.each(Object.entries(SCREENS))(
  'on %s, each picture’s box has its final size before its file arrives',
  async (_name, viewport) => {
    const context = await site.browser.newContext(viewport);
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Every picture file waits until the boxes have been measured.
    await page.route('**/pictures/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.url(POST), { waitUntil: 'domcontentloaded' });
    const boxes = await page.$$eval('picture img', (images) =>
      (images as HTMLImageElement[]).map((img) => {
        const box = img.getBoundingClientRect();
        return {
          complete: img.complete && img.naturalWidth > 0,
          width: box.width,
          height: box.height,
          ratio: Number(img.getAttribute('height')) / Number(img.getAttribute('width')),
        };
      }),
    );
    release();
    expect(boxes).toHaveLength(4);
    for (const box of boxes) {
      expect(box.complete).toBe(false);
      expect(box.width).toBeGreaterThan(100);
      // The height the picture will have: its width at the file's proportions, or the
      // screen-height cap for a tall one (object-fit keeps the picture whole inside).
      const expected = Math.min(box.width * box.ratio, viewport.viewport.height * 0.85);
      expect(Math.abs(box.height - expected)).toBeLessThanOrEqual(1);
    }
    await context.close();
  },
);

test.each(['light', 'dark'] as const)(
  'axe finds no violation on the post with pictures (%s)',
  async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await visit(page, site.url(POST), { waitUntil: 'networkidle' });
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(15);
    await context.close();
  },
);

test('a list’s small cover loads its smallest file on a phone at 3×', async () => {
  const context = await site.browser.newContext({ ...VIEWPORTS.phone, deviceScaleFactor: 3 });
  const page = await context.newPage();
  await visit(page, site.url('/'), { waitUntil: 'networkidle' });
  const thumb = page.locator('.post-list .thumb img');
  await thumb.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.post-list .thumb img');
    return img?.complete && img.currentSrc !== '';
  });
  const { url, shown, height } = await thumb.evaluate((img: HTMLImageElement) => ({
    url: img.currentSrc,
    shown: img.getBoundingClientRect().width * window.devicePixelRatio,
    height: img.getBoundingClientRect().height,
  }));
  expect(shown).toBe(288); // 6rem at 3×
  expect(height).toBe(96);
  expect(url).toMatch(/-360\.avif$/);
  await context.close();
});

test('a click on a picture opens its largest file', async () => {
  const page = await site.browser.newPage();
  await visit(page, site.url(POST), { waitUntil: 'networkidle' });
  const link = page.locator('figure a.picture-link').first();
  await link.scrollIntoViewIfNeeded();
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => /-1600\.jpg$/.test(r.url())),
    link.click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');
  await page.close();
});
