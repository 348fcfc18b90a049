/**
 * `npm run bench:picture-pages`: a post with photos as readers get it, side by side (same run,
 * alternating rounds, medians). One interview (bench/floor/interview.md), pages:
 *
 *   floor      a bare Next.js page of the same text (bench/floor)
 *   hand       our text-only post page with every script removed: the text as fast as a page
 *              can be (its CSS is already inside it)
 *   text       our text-only post page
 *   photos     our post with a 12-megapixel phone photo as its cover and one in its text
 *   raw        the photos post as it was before pictures were built: each photo a lazy
 *              `<img>` of the camera file, no size
 *   astro      Astro's `<Picture>` (layout "constrained", AVIF and WebP) rendering the same
 *              text and photos, built here in a scratch folder (not a dependency of the site);
 *              Astro 5.18.2, the last release that runs on Node 20 (6 and 7 need Node 22)
 *
 * For each page: the bytes a 390 px, 3× phone and a 1280 px, 1× desktop download (images and
 * all, scrolled to the end), the layout shift in Chromium, and Lighthouse mobile (FCP, LCP,
 * CLS, score, what the largest paint was). Writes bench/results/picture-pages-<date>.json.
 *
 *   npm run bench:picture-pages                 5 rounds
 *   npm run bench:picture-pages -- --rounds 1
 *   npm run bench:picture-pages -- --no-astro   without the Astro page (no npm install)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { alternatingMedians } from './lib/lighthouse';
import { saveResults } from './lib/results';
import { BUILD_ENV, CHROME, serveDir } from './lib/setup';

const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5;
const ASTRO = !args.includes('--no-astro');
const ROOT = process.cwd();
const WORK = path.join(ROOT, 'bench/.work/picture-pages');
const POSTS = path.join(WORK, 'posts');
const OUT = path.join(WORK, 'out');
const env = BUILD_ENV;
const log = (line: string) => console.log(line);

/**
 * A 12-megapixel "phone photo" (4000×3000): soft shapes and light, fine grain, so it
 * compresses like a photograph (a few MB at the camera's quality 92), not like noise or a
 * flat colour.
 */
async function phonePhoto(file: string, seed: number) {
  const [width, height] = [4000, 3000];
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const blobs = Array.from({ length: 14 }, () => ({
    x: random() * width,
    y: random() * height,
    r: 250 + random() * 900,
    c: [random() * 255, random() * 255, random() * 255],
  }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      let [r, g, b] = [90 + (80 * y) / height, 110 + (60 * x) / width, 140 - (50 * y) / height];
      for (const blob of blobs) {
        const d = Math.hypot(x - blob.x, y - blob.y) / blob.r;
        if (d < 1) {
          const t = (1 - d * d) * 0.8;
          r += (blob.c[0]! - r) * t;
          g += (blob.c[1]! - g) * t;
          b += (blob.c[2]! - b) * t;
        }
      }
      const grain = (random() - 0.5) * 14;
      pixels[i] = r + grain;
      pixels[i + 1] = g + grain;
      pixels[i + 2] = b + grain;
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withExif({ IFD0: { Make: 'Phone', Model: 'Bench' } })
    .toFile(file);
}

function writePosts() {
  rmSync(POSTS, { recursive: true, force: true });
  mkdirSync(path.join(POSTS, 'images'), { recursive: true });
  const interview = readFileSync(path.join(ROOT, 'bench/floor/interview.md'), 'utf8');
  writeFileSync(path.join(POSTS, 'text-only.md'), interview);
  // The photo after the second answer: below the fold on a phone, as photos in a text are.
  const blocks = interview.split('\n\n');
  const at = blocks.findIndex((block, i) => i > 6 && block.startsWith('**')) || 8;
  blocks.splice(
    at,
    0,
    '![창가 작업대 위에 놓인 노트와 커피잔](images/inline.jpg "인터뷰가 열린 연구실의 오후")',
  );
  writeFileSync(
    path.join(POSTS, 'with-photos.md'),
    blocks
      .join('\n\n')
      .replace(
        /^date: .*$/m,
        (line) => `${line}\nimage: images/cover.jpg\nimageAlt: 강연장 무대에 선 인터뷰이`,
      ),
  );
}

/** The photos post as before: every `<picture>` a lazy, sizeless `<img>` of the camera file. */
function rawPage() {
  const page = parse(readFileSync(path.join(OUT, 'posts/with-photos.html'), 'utf8'));
  mkdirSync(path.join(OUT, 'raw'), { recursive: true });
  for (const name of ['cover.jpg', 'inline.jpg'])
    copyFileSync(path.join(POSTS, 'images', name), path.join(OUT, 'raw', name));
  const pictures = page.querySelectorAll('picture');
  pictures.forEach((picture, i) => {
    const alt = picture.querySelector('img')?.getAttribute('alt') ?? '';
    const link = picture.closest('a') ?? picture;
    link.replaceWith(
      parse(`<img src="/raw/${i === 0 ? 'cover' : 'inline'}.jpg" alt="${alt}" loading="lazy">`),
    );
  });
  writeFileSync(path.join(OUT, 'raw/with-photos.html'), page.toString());
}

/** Our text post without a single script: what a hand-made page of the same text would be. */
function handPage() {
  const page = parse(readFileSync(path.join(OUT, 'posts/text-only.html'), 'utf8'));
  for (const script of page.querySelectorAll('script')) script.remove();
  for (const link of page.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]'))
    link.remove();
  mkdirSync(path.join(OUT, 'hand'), { recursive: true });
  writeFileSync(path.join(OUT, 'hand/text-only.html'), page.toString());
}

/**
 * The same post through Astro's `<Picture>`: our article's HTML split around its figure, the
 * photos imported as Astro wants them, our stylesheet so the column (and `sizes`) match.
 */
function buildAstro(): string {
  const dir = path.join(ROOT, 'bench/.work/astro');
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  mkdirSync(path.join(dir, 'src/assets'), { recursive: true });
  const pkg = {
    name: 'astro-bench',
    private: true,
    type: 'module',
    dependencies: { astro: '5.18.2' },
  };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
  if (!existsSync(path.join(dir, 'node_modules/astro')))
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  for (const name of ['cover.jpg', 'inline.jpg'])
    copyFileSync(path.join(POSTS, 'images', name), path.join(dir, 'src/assets', name));
  const ours = parse(readFileSync(path.join(OUT, 'posts/with-photos.html'), 'utf8'));
  const css = ours.querySelector('style')?.rawText ?? '';
  const article = ours.querySelector('article')!;
  article.querySelectorAll('picture').forEach((p) => (p.closest('a') ?? p).remove());
  article.querySelector('.post-cover, figure.cover')?.remove();
  const [before, after] = article.innerHTML.split(/<figure[^>]*>[\s\S]*?<\/figure>/);
  const title = ours.querySelector('title')?.text ?? '';
  writeFileSync(
    path.join(dir, 'src/pages/index.astro'),
    `---
import { Picture } from 'astro:assets';
import cover from '../assets/cover.jpg';
import inline from '../assets/inline.jpg';
const before = ${JSON.stringify(before ?? '')};
const after = ${JSON.stringify(after ?? '')};
const css = ${JSON.stringify(css)};
---
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[<>]/g, '')}</title><style set:html={css} is:inline></style></head>
<body><main class="page"><article>
<Picture src={cover} alt="강연장 무대에 선 인터뷰이" formats={['avif', 'webp']} layout="constrained" width={640} priority />
<Fragment set:html={before} />
<figure><Picture src={inline} alt="창가 작업대 위에 놓인 노트와 커피잔" formats={['avif', 'webp']} layout="constrained" width={640} /><figcaption>인터뷰가 열린 연구실의 오후</figcaption></figure>
<Fragment set:html={after} />
</article></main></body></html>
`,
  );
  execFileSync('npx', ['astro', 'build'], { cwd: dir, stdio: 'inherit', env });
  rmSync(path.join(OUT, 'astro'), { recursive: true, force: true });
  execFileSync('cp', ['-r', path.join(dir, 'dist'), path.join(OUT, 'astro')]);
  return '/astro/';
}

/** Bytes a reader downloads with the page scrolled to its end, and the layout shift meanwhile. */
async function download(url: string, viewport: { width: number; height: number }, scale: number) {
  const browser = await chromium.launch({ executablePath: CHROME });
  const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const bytes = { images: 0, total: 0 };
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    bytes.total += e.encodedDataLength;
    if (types.get(e.requestId) === 'Image') bytes.images += e.encodedDataLength;
  });
  await page.addInitScript(() => {
    const seen = window as unknown as { shift: number; lcp: string };
    seen.shift = 0;
    seen.lcp = '';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>)
        seen.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // What the largest paint was: an image by its file name, else the element's tag.
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1) as PerformanceEntry & { url: string; element: Element };
      seen.lcp = last.url
        ? last.url.split('/').pop()!
        : (last.element?.tagName ?? '').toLowerCase();
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let y = 0; y < 40; y++) {
    await page.mouse.wheel(0, viewport.height);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  const lcp = await page.evaluate(() => (window as unknown as { lcp: string }).lcp);
  await browser.close();
  return {
    lcp,
    imageKb: Math.round(bytes.images / 1024),
    totalKb: Math.round(bytes.total / 1024),
    cls: +shift.toFixed(4),
  };
}

log('content: the interview, with two 12-megapixel phone photos');
writePosts();
await phonePhoto(path.join(POSTS, 'images/cover.jpg'), 7);
await phonePhoto(path.join(POSTS, 'images/inline.jpg'), 11);
log('build: our site');
execFileSync(process.execPath, ['scripts/build.mjs'], {
  stdio: 'inherit',
  env: {
    ...env,
    POSTS_DIR: POSTS,
    OUT_DIR: path.relative(ROOT, OUT),
    SITE_URL: 'https://daedam.example',
    BASE_PATH: '',
  },
});
rawPage();
handPage();
log('build: the floor');
execFileSync('npx', ['next', 'build', 'bench/floor'], { stdio: 'inherit', env });
const pages: Array<[string, string]> = [
  ['hand', '/hand/text-only'],
  ['text', '/posts/text-only'],
  ['photos', '/posts/with-photos'],
  ['raw', '/raw/with-photos'],
];
if (ASTRO) {
  log('build: Astro');
  pages.push(['astro', buildAstro()]);
}
const ours = await serveDir(OUT);
const floor = await serveDir(path.join(ROOT, 'bench/floor/out'));
const targets: Array<[string, string]> = [
  ['floor', `${floor.origin}/`],
  ...pages.map(([name, route]): [string, string] => [name, `${ours.origin}${route}`]),
];

log('downloads at 390 px 3× and 1280 px 1×');
const downloads: Record<string, unknown> = {};
for (const [name, url] of targets) {
  downloads[name] = {
    phone: await download(url, { width: 390, height: 844 }, 3),
    desktop: await download(url, { width: 1280, height: 800 }, 1),
  };
}

log(`lighthouse mobile, ${ROUNDS} alternating rounds`);
const rows = await alternatingMedians(targets, ROUNDS, WORK);
ours.server.close();
floor.server.close();
const hand = rows.find((r) => r.page === 'hand')!;
const text = rows.find((r) => r.page === 'text')!;
const table = rows.map((row) => ({
  ...row,
  fcpVsHand: +(row.fcpMs / hand.fcpMs).toFixed(2),
  lcpVsHand: +(row.lcpMs / hand.lcpMs).toFixed(2),
  lcpVsText: +(row.lcpMs / text.lcpMs).toFixed(2),
}));
const file = saveResults('picture-pages-', {
  date: new Date().toISOString(),
  rounds: ROUNDS,
  downloads,
  lighthouse: table,
});
console.log('\nBytes downloaded, scrolled to the end (KB)');
console.table(
  Object.fromEntries(
    Object.entries(
      downloads as Record<
        string,
        {
          phone: { imageKb: number; totalKb: number; cls: number; lcp: string };
          desktop: { imageKb: number; totalKb: number; cls: number; lcp: string };
        }
      >,
    ).map(([k, v]) => [
      k,
      {
        'phone images': v.phone.imageKb,
        'phone all': v.phone.totalKb,
        'phone CLS': v.phone.cls,
        'phone LCP': v.phone.lcp,
        'desktop images': v.desktop.imageKb,
        'desktop all': v.desktop.totalKb,
        'desktop CLS': v.desktop.cls,
        'desktop LCP': v.desktop.lcp,
      },
    ]),
  ),
);
console.log(`Lighthouse mobile, median of ${ROUNDS}`);
console.table(table);
console.log(`written to ${file}`);
process.exit(0);
