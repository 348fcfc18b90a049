import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { SITES, siteDir } from '../helpers/site';
import type { SiteName } from '../helpers/site';

/**
 * What a static host receives, per post, on `scale` (generated interviews, bench/generate.ts)
 * against `empty` (the same site with no post): the budgets of a 1,000-post archive on the
 * free hosts — GitHub Pages publishes at most 1 GB, Cloudflare Pages' free plan 20,000 files
 * and 25 MiB a file — scaled down to one post. QUESTION_PAGES=off removes exactly each
 * question's share page and card (tests/site/question-pages-off.test.ts), so the file count
 * for that setting is the export without them. bench/README.md has the measured 1,000- and
 * 5,000-post exports.
 */
const ARCHIVE = 1000;
const GITHUB_PAGES_BYTES = 1e9;
const CLOUDFLARE_FREE_FILES = 20_000;
const CLOUDFLARE_FILE_BYTES = 25 * 2 ** 20;

function filesOf(site: SiteName) {
  const root = siteDir(site);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.relative(root, path.join(entry.parentPath, entry.name));
      return { file, bytes: statSync(path.join(root, file)).size };
    });
}

const posts = readdirSync(path.join(process.cwd(), SITES.scale.env.POSTS_DIR!)).filter((file) =>
  file.endsWith('.md'),
).length;
const scale = filesOf('scale');
const empty = filesOf('empty');
const total = (list: Array<{ bytes: number }>) => list.reduce((sum, f) => sum + f.bytes, 0);
const isQuestionPage = (file: string) => /^posts\/[^/]+\/q\//.test(file);

test('the generated archive is big enough to measure', () => {
  expect(posts).toBeGreaterThanOrEqual(20);
  expect(scale.filter((f) => isQuestionPage(f.file)).length).toBeGreaterThan(posts * 4);
});

test(`${ARCHIVE} posts at this size per post fit GitHub Pages (1 GB)`, () => {
  const perPost = (total(scale) - total(empty)) / posts;
  expect(total(empty) + ARCHIVE * perPost).toBeLessThanOrEqual(GITHUB_PAGES_BYTES);
  // Far below, not barely: the archive may have longer interviews than the generator's.
  expect(perPost).toBeLessThan(GITHUB_PAGES_BYTES / ARCHIVE / 2);
});

test(`${ARCHIVE} posts with question pages off fit Cloudflare's free plan (20,000 files)`, () => {
  const lean = scale.filter((f) => !isQuestionPage(f.file)).length;
  const perPost = (lean - empty.length) / posts;
  expect(empty.length + ARCHIVE * perPost).toBeLessThanOrEqual(CLOUDFLARE_FREE_FILES);
});

test('no file is near a host’s per-file limit', () => {
  for (const { file, bytes } of scale) {
    expect({ file, over: bytes > CLOUDFLARE_FILE_BYTES / 10 }).toEqual({ file, over: false });
  }
});

/** Every URL a page, feed, manifest or text file of the export names, as a file path. */
function referencedFiles(site: SiteName, files: string[]): Set<string> {
  const root = siteDir(site);
  const origin = SITES[site].env.SITE_URL ?? '';
  const exists = new Set(files);
  const referenced = new Set<string>();
  const add = (url: string) => {
    if (!url || /^(mailto|tel|data|javascript):/.test(url)) return;
    if (/^https?:/.test(url) && !(origin && url.startsWith(origin))) return;
    const route = decodeURIComponent(url.replace(origin, '').split(/[?#]/)[0]!).replace(/^\//, '');
    for (const candidate of [route, `${route}.html`, `${route.replace(/\/$/, '')}.html`]) {
      if (exists.has(candidate)) referenced.add(candidate);
    }
    if (route === '') referenced.add('index.html');
  };
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    if (file.endsWith('.html')) {
      const html = parse(text);
      for (const element of html.querySelectorAll('[href], [src], meta[content]')) {
        add(element.getAttribute('href') ?? '');
        add(element.getAttribute('src') ?? '');
        const content = element.getAttribute('content') ?? '';
        if (/^(https?:)?\//.test(content)) add(content);
      }
      // The search page's script fetches the index under this folder.
      const index = html.querySelector('[data-index-url]')?.getAttribute('data-index-url');
      if (index) {
        const folder = index.replace(/^\//, '');
        for (const f of files) if (f.startsWith(`${folder}/`)) referenced.add(f);
      }
    } else if (/\.(xml|json|txt|webmanifest|css)$/.test(file)) {
      for (const [url] of text.matchAll(/(https?:\/\/[^\s"'<>)\]]+|(?<=["'(])\/[^\s"'<>)]+)/g)) {
        add(url);
      }
    }
  }
  return referenced;
}

test('every file in the export is one the site asks for (no leftovers of the build)', () => {
  const files = scale.map((f) => f.file);
  const referenced = referencedFiles('scale', files);
  // Asked for by name, not by a link: hosts (404 page, headers, GitHub Pages' switch that
  // publishes folders starting with _), crawlers and language-model tools (llmstxt.org).
  const byName = new Set(['404.html', '_headers', '.nojekyll', 'robots.txt', 'llms.txt']);
  const orphans = files.filter((file) => !referenced.has(file) && !byName.has(file));
  expect(orphans).toEqual([]);
});
