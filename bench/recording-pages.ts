/**
 * `npm run bench:recording-pages`: what a recording costs the reading page, side by side (same
 * run, alternating rounds, medians). One interview (bench/floor/interview.md), pages:
 *
 *   floor      a bare Next.js page of the same text (bench/floor)
 *   text       our post page of the interview
 *   audio      the same post with `audio:` (a 10-minute WAV made here) and a time on every question
 *   youtube    the same post with `video:` a YouTube address and the same times (the poster only:
 *              nothing is asked of the platform before play, which this machine cannot reach)
 *
 * For each page: bytes by kind (document, script, style, media) a 390 px phone downloads
 * scrolled to the end, with how much of the recording came before play; Lighthouse mobile. Then,
 * on the audio page in Chromium, the time from pressing a question's time to the recording
 * playing at that moment, on `npm start`'s server (ten presses, median and worst). And the size of
 * the recording's own client code (client/recording.ts bundled alone, minified, gzip): the part
 * of the one enhancement module every page loads that is there for recordings.
 * Writes bench/results/recording-pages-<date>.json.
 *
 *   npm run bench:recording-pages                5 rounds
 *   npm run bench:recording-pages -- --rounds 1
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { alternatingMedians } from './lib/lighthouse';
import { median } from './lib/measure';
import { saveResults } from './lib/results';
import { BUILD_ENV, CHROME, serveDir } from './lib/setup';

const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5;
const ROOT = process.cwd();
const WORK = path.join(ROOT, 'bench/.work/recording-pages');
const POSTS = path.join(WORK, 'posts');
const OUT = path.join(WORK, 'out');
const SECONDS = 600;
const log = (line: string) => console.log(line);

/** A mono 16 kHz, 16-bit WAV of `seconds`: a slow tone, so there is something to play. */
function wav(seconds: number): Buffer {
  const rate = 16_000;
  const samples = rate * seconds;
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    data.writeInt16LE(Math.round(3000 * Math.sin((2 * Math.PI * 220 * i) / rate)), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** The interview with a time before every question, spread over the recording. */
function timed(interview: string, field: string): string {
  const questions = interview.match(/^\*\*[^*\n]+?: /gm)?.length ?? 1;
  let n = 0;
  return interview
    .replace(/^date: .*$/m, (line) => `${line}\n${field}`)
    .replace(/^\*\*(?=[^*\n]+?: )/gm, () => {
      const at = Math.floor((n++ * (SECONDS - 30)) / questions) + 5;
      return `**[${Math.floor(at / 60)}:${String(at % 60).padStart(2, '0')}] `;
    });
}

function writePosts() {
  rmSync(POSTS, { recursive: true, force: true });
  mkdirSync(path.join(POSTS, 'audio'), { recursive: true });
  const interview = readFileSync(path.join(ROOT, 'bench/floor/interview.md'), 'utf8');
  writeFileSync(path.join(POSTS, 'text-only.md'), interview);
  writeFileSync(path.join(POSTS, 'audio', 'interview.wav'), wav(SECONDS));
  writeFileSync(path.join(POSTS, 'with-audio.md'), timed(interview, 'audio: audio/interview.wav'));
  writeFileSync(
    path.join(POSTS, 'with-youtube.md'),
    timed(interview, 'video: https://youtu.be/Xy3_kLm9PqA'),
  );
}

interface Download {
  kb: Record<string, number>;
  /** Of the recording, before play: bytes fetched. */
  recordingBeforePlayKb: number;
  /** Requests to anything but our server (a platform). */
  outside: number;
}

/** Bytes by kind a phone downloads with the page scrolled to its end (transfer sizes). */
async function download(url: string): Promise<Download> {
  const browser = await chromium.launch({ executablePath: CHROME });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const kinds = new Map<string, string>();
  const urls = new Map<string, string>();
  const kb: Record<string, number> = {};
  let recording = 0;
  let outside = 0;
  const origin = new URL(url).origin;
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    if (!e.request.url.startsWith(origin) && !e.request.url.startsWith('data:')) outside++;
  });
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, e.type));
  cdp.on('Network.dataReceived', (e) => {
    if (urls.get(e.requestId)?.includes('/recordings/')) recording += e.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const kind = (kinds.get(e.requestId) ?? 'Other').toLowerCase();
    kb[kind] = (kb[kind] ?? 0) + e.encodedDataLength / 1024;
    kb.total = (kb.total ?? 0) + e.encodedDataLength / 1024;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let y = 0; y < 30; y++) {
    await page.mouse.wheel(0, 844);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await browser.close();
  return {
    kb: Object.fromEntries(Object.entries(kb).map(([k, v]) => [k, +v.toFixed(1)])),
    recordingBeforePlayKb: +(recording / 1024).toFixed(1),
    outside,
  };
}

/** Milliseconds from pressing each question's time to the recording playing from that second. */
async function timeToSound(url: string): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--autoplay-policy=no-user-gesture-required'],
  });
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
  const times = await page
    .locator('.question .qa-time')
    .evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.time!));
  const results: number[] = [];
  // Later moments first, then earlier: each press is a seek the player has not buffered.
  for (const time of [...times].reverse().concat(times).slice(0, 10)) {
    const ms = await page.evaluate(async (time) => {
      const audio = document.querySelector<HTMLAudioElement>('.recording audio')!;
      audio.pause();
      const link = document.querySelector<HTMLAnchorElement>(
        `.question a.qa-time[data-time="${time}"]`,
      )!;
      const start = performance.now();
      // Sound at that moment: the clock moving past it, looked at every frame (timeupdate
      // comes only four times a second). Inline arrows only: tsx names functions with a
      // helper the page does not have.
      const heard = (async () => {
        while (audio.paused || audio.seeking || audio.currentTime <= Number(time))
          await new Promise((frame) => requestAnimationFrame(frame));
        return performance.now() - start;
      })();
      link.click();
      return heard;
    }, time);
    results.push(Math.round(ms));
  }
  await browser.close();
  return results;
}

/** client/recording.ts alone, as the enhancement module carries it: minified, gzip bytes. */
async function recordingCodeBytes(): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    entryPoints: ['client/recording.ts'],
    bundle: true,
    format: 'esm',
    target: ['es2020'],
    minify: true,
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

log(
  `content: the interview, as text, with a ${SECONDS / 60}-minute recording, with a YouTube video`,
);
writePosts();
log('build: our site');
execFileSync(process.execPath, ['scripts/build.mjs'], {
  stdio: 'inherit',
  env: {
    ...BUILD_ENV,
    POSTS_DIR: POSTS,
    OUT_DIR: path.relative(ROOT, OUT),
    SITE_URL: 'https://daedam.example',
    BASE_PATH: '',
  },
});
log('build: the floor');
execFileSync('npx', ['next', 'build', 'bench/floor'], { stdio: 'inherit', env: BUILD_ENV });
const ours = await serveDir(OUT);
const floor = await serveDir(path.join(ROOT, 'bench/floor/out'));
const targets: Array<[string, string]> = [
  ['floor', `${floor.origin}/`],
  ['text', `${ours.origin}/posts/text-only`],
  ['audio', `${ours.origin}/posts/with-audio`],
  ['youtube', `${ours.origin}/posts/with-youtube`],
];

log('downloads at 390 px 3×');
const downloads: Record<string, Download> = {};
for (const [name, url] of targets) downloads[name] = await download(url);

log('time from pressing a time to sound at that moment');
const presses = await timeToSound(`${ours.origin}/posts/with-audio`);

log(`lighthouse mobile, ${ROUNDS} alternating rounds`);
const rows = await alternatingMedians(targets, ROUNDS, WORK);
ours.server.close();
floor.server.close();
const text = rows.find((r) => r.page === 'text')!;
const floorRow = rows.find((r) => r.page === 'floor')!;
const table = rows.map((row) => ({
  ...row,
  lcpVsText: +(row.lcpMs / text.lcpMs).toFixed(2),
  lcpVsFloor: +(row.lcpMs / floorRow.lcpMs).toFixed(2),
}));
const code = await recordingCodeBytes();
const sound = {
  presses,
  medianMs: median(presses),
  worstMs: Math.max(...presses),
};
const file = saveResults('recording-pages-', {
  date: new Date().toISOString(),
  rounds: ROUNDS,
  recordingSeconds: SECONDS,
  downloads,
  timeToSound: sound,
  recordingCode: code,
  lighthouse: table,
});
console.log('\nBytes a phone downloads, scrolled to the end (KB, transferred)');
console.table(
  Object.fromEntries(
    Object.entries(downloads).map(([name, d]) => [
      name,
      {
        ...d.kb,
        'recording before play': d.recordingBeforePlayKb,
        'requests elsewhere': d.outside,
      },
    ]),
  ),
);
console.log(
  `Time to sound after pressing a time: median ${sound.medianMs} ms, worst ${sound.worstMs} ms (${presses.join(', ')})`,
);
console.log(
  `client/recording.ts in the enhancement module: ${code.minified} B minified, ${code.gzip} B gzip`,
);
console.log(`Lighthouse mobile, median of ${ROUNDS}`);
console.table(table);
console.log(`written to ${file}`);
process.exit(0);
