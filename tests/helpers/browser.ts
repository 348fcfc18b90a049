import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { serve } from './server';
import type { RunningServer } from './server';
import { siteDir, SITES } from './site';
import type { SiteName } from './site';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium (or CHROME_PATH). A missing browser fails the suite: it never skips. */
export function chromiumPath(): string {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROME_PATH at a Chromium/Chrome binary.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // Playwright turns the back/forward cache off by default; readers have it on, and our
    // pages must stay eligible for it.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}

export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
} satisfies Record<string, BrowserContextOptions>;

/** Everything that went wrong on a page while it was open. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console: ${message.text()} at ${message.location().url}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is a request the page itself cancelled: Next's router dropping a prefetch,
    // or a late font/favicon request cut off by the next navigation. A missing or refused
    // resource shows up as an HTTP error (below) or another net:: error (blocked by CSP,
    // connection refused…), which still fail the test.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Waits until the page's enhancements have run: they are imported once the page has loaded
 * (lib/client-assets.ts), and client/enhance.ts marks `<html data-enhanced>` when done.
 */
export async function enhanced(page: Page): Promise<void> {
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached', timeout: 10_000 });
}

/** `page.goto`, then waits for the enhancements: a reader's page as it is once loaded. */
export async function visit(
  page: Page,
  url: string,
  options?: Parameters<Page['goto']>[1],
): ReturnType<Page['goto']> {
  const response = await page.goto(url, options);
  await enhanced(page);
  return response;
}

export function screenshotPath(name: string): string {
  const dir = path.join(process.cwd(), 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/**
 * One Chromium and one static server over an exported site for a test file, both closed after
 * it, the site served under the BASE_PATH it was built with. Read `browser` and `server` inside
 * tests (they exist once beforeAll has run); `url('/posts/a')` is a route's address on it.
 */
export function openSite(site: SiteName = 'main') {
  const basePath = SITES[site].env.BASE_PATH ?? '';
  const handles = {
    url: (route: string) => `${handles.server.origin}${basePath}${route}`,
  } as { browser: Browser; server: RunningServer; url: (route: string) => string };
  beforeAll(async () => {
    handles.browser = await launchChromium();
    handles.server = await serve(siteDir(site), basePath);
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.close();
  });
  return handles;
}
