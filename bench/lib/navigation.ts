/**
 * Time from clicking a link to the next page's first paint, in a real Chromium, with and
 * without a prerender of the next page ready.
 *
 * Chromium refuses every prerender while any DevTools client is attached (Playwright included:
 * "PrerenderingDisabledByDevTools"), so this runs Chromium with no driver at all. A copy of the
 * export gets a small harness script (`/__bench-harness.js`) and loses its CSP (meta and
 * `_headers`: the harness adds a rule at run time); a local server serves it and collects what the harness
 * reports. Each round the harness opens the start page, and in "prerendered" rounds adds an
 * immediate prerender rule for the link (what our own "moderate" rule does after a reader's
 * hover — tests/browser/navigation.test.ts checks that it starts on hover); it waits 2.5 s (a
 * reader's hover and more), reads the clock, clicks the link, and the next page reports
 * `performance.timeOrigin + max(first contentful paint, activationStart)` on the same clock.
 * Rounds alternate between the modes; medians are reported. `latencyMs` delays every file the
 * server sends, as a host one round trip away does (on localhost a page costs almost nothing
 * to fetch, so what prerendering saves there is only parsing and script).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createStaticServer } from '../../scripts/serve.mjs';
import { median } from './measure';

type Mode = 'prerendered' | 'not prerendered';

export interface NavigationTiming {
  mode: Mode;
  /** Click to the next page's first contentful paint, median of the rounds. */
  clickToPaintMs: number;
  runs: number[];
  /** Rounds in which the browser activated a prerendered page (activationStart > 0). */
  activated: number;
}

// Runs in the page. Plain ES2020, no imports: it is served as a file of its own.
const HARNESS = `
(async () => {
  const post = (url, body) => fetch(url, { method: 'POST', body: JSON.stringify(body) });
  if (document.prerendering)
    await new Promise((r) => document.addEventListener('prerenderingchange', r, { once: true }));
  const params = new URLSearchParams(location.search);
  if (!params.has('bench')) {
    // Arrived: wait for the first contentful paint, report it, go to the next round.
    await new Promise((resolve) => {
      const check = () =>
        performance.getEntriesByName('first-contentful-paint').length ? resolve() : setTimeout(check, 10);
      check();
    });
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
    const response = await post('/__bench/paint', {
      at: performance.timeOrigin + Math.max(fcp, nav.activationStart || 0),
      activationStart: nav.activationStart || 0,
    });
    const { next } = await response.json();
    if (next) location.replace(next);
    return;
  }
  const { mode, selector } = await (await fetch('/__bench/round')).json();
  const link = document.querySelector(selector);
  if (mode === 'prerendered') {
    const rules = document.createElement('script');
    rules.type = 'speculationrules';
    rules.textContent = JSON.stringify({ prerender: [{ urls: [link.href], eagerness: 'immediate' }] });
    document.head.append(rules);
  }
  await new Promise((r) => setTimeout(r, 2500));
  await post('/__bench/click', { at: performance.timeOrigin + performance.now() });
  link.click();
})();
`;

function instrumentedCopy(siteDir: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'daedam-nav-site-'));
  cpSync(siteDir, dir, { recursive: true });
  writeFileSync(path.join(dir, '__bench-harness.js'), HARNESS);
  // The site-wide policy in _headers lists only the pages' own inline scripts: the harness's
  // rule would be refused.
  rmSync(path.join(dir, '_headers'), { force: true });
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('</head>', '<script src="/__bench-harness.js" defer></script></head>');
    writeFileSync(file, html);
  }
  return dir;
}

export async function clickToPaint(
  chrome: string,
  siteDir: string,
  fromPath: string,
  linkSelector: string,
  rounds: number,
  latencyMs = 0,
): Promise<NavigationTiming[]> {
  const dir = instrumentedCopy(siteDir);
  const files = createStaticServer({ root: dir }).listeners('request')[0] as http.RequestListener;
  const plan: Mode[] = Array.from({ length: rounds * 2 }, (_, i) =>
    i % 2 === 0 ? 'prerendered' : 'not prerendered',
  );
  const results: Record<Mode, { runs: number[]; activated: number }> = {
    prerendered: { runs: [], activated: 0 },
    'not prerendered': { runs: [], activated: 0 },
  };
  let round = 0;
  let clickedAt = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));

  const server = http.createServer((request, response) => {
    const json = (body: unknown) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body));
    };
    const read = async () => {
      let body = '';
      for await (const chunk of request) body += chunk;
      return JSON.parse(body) as { at: number; activationStart?: number };
    };
    if (request.url === '/__bench/round')
      return json({ mode: plan[round], selector: linkSelector });
    if (request.url === '/__bench/click')
      return void read().then(({ at }) => ((clickedAt = at), json({})));
    if (request.url === '/__bench/paint') {
      return void read().then(({ at, activationStart = 0 }) => {
        const mode = plan[round]!;
        results[mode].runs.push(Math.round(at - clickedAt));
        if (activationStart > 0) results[mode].activated += 1;
        round += 1;
        if (round === plan.length) finish();
        json({ next: round < plan.length ? `${fromPath}?bench=${round}` : null });
      });
    }
    // Every file of the site arrives after `latencyMs`, like a host one round trip away.
    setTimeout(() => files(request, response), latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const profile = mkdtempSync(path.join(os.tmpdir(), 'daedam-nav-profile-'));
  const browser = spawn(
    chrome,
    [
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--window-size=1280,800',
      `${origin}${fromPath}?bench=0`,
    ],
    { stdio: 'ignore' },
  );
  const timeout = setTimeout(finish, rounds * 2 * 15_000);
  await finished;
  clearTimeout(timeout);
  browser.kill();
  server.close();
  rmSync(dir, { recursive: true, force: true });
  setTimeout(() => rmSync(profile, { recursive: true, force: true }), 1000);
  if (round < plan.length)
    throw new Error(`navigation timing: only ${round} of ${plan.length} rounds ran`);

  return (['prerendered', 'not prerendered'] as const).map((mode) => ({
    mode,
    clickToPaintMs: median(results[mode].runs),
    runs: results[mode].runs,
    activated: results[mode].activated,
  }));
}
