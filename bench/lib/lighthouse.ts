import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { median } from './measure';
import { CHROME } from './setup';

/**
 * One Lighthouse run (the pinned 12.2.3, through npx) of `url` in the system Chromium, as the
 * benches run it: mobile (simulated slow 4G and a mid-range phone) or the desktop preset.
 */
export type FormFactor = 'mobile' | 'desktop';

// Async: a static server in the calling process must keep answering while Lighthouse loads.
const run = promisify(execFile);

export async function lighthouseOnce(url: string, formFactor: FormFactor, work: string) {
  // Lighthouse now and then loses its trace ("NO_NAVSTART"); such a run is repeated.
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseAttempt(url, formFactor, work);
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`  lighthouse failed (${String(error).split('\n')[0]}), again`);
    }
  }
}

async function lighthouseAttempt(url: string, formFactor: FormFactor, work: string) {
  const out = path.join(work, 'lighthouse.json');
  await run(
    'npx',
    [
      '--yes',
      'lighthouse@12.2.3',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    siMs: Math.round(audit('speed-index')),
    cls: +audit('cumulative-layout-shift').toFixed(3),
    totalKb: Math.round(audit('total-byte-weight') / 1024),
  };
}

export type Scores = Awaited<ReturnType<typeof lighthouseOnce>>;

/**
 * Lighthouse mobile on each of `targets` ([name, url]) in alternating rounds, so a drift of the
 * machine's speed touches every page alike; each page's medians over the rounds.
 */
export async function alternatingMedians(
  targets: Array<[string, string]>,
  rounds: number,
  work: string,
) {
  const runs = new Map<string, Scores[]>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of targets) {
      const scores = await lighthouseOnce(url, 'mobile', work);
      runs.set(name, [...(runs.get(name) ?? []), scores]);
      console.log(
        `  round ${round + 1}: ${name}: score ${scores.performance}, FCP ${scores.fcpMs} ms, LCP ${scores.lcpMs} ms, CLS ${scores.cls}`,
      );
    }
  }
  const pick = (list: Scores[], field: keyof Scores) => median(list.map((r) => Number(r[field])));
  return [...runs].map(([page, list]) => ({
    page,
    performance: pick(list, 'performance'),
    fcpMs: pick(list, 'fcpMs'),
    lcpMs: pick(list, 'lcpMs'),
    tbtMs: pick(list, 'tbtMs'),
    siMs: pick(list, 'siMs'),
    cls: pick(list, 'cls'),
    totalKb: pick(list, 'totalKb'),
  }));
}
