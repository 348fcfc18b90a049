import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { loadPosts } from '@/lib/posts/load';
import type { PostWithText } from '@/lib/posts/types';
import { SITES, siteDir } from '../helpers/site';
import type { SiteName } from '../helpers/site';

/**
 * What a static host receives, per interview, scaled to a 1,000-interview archive against the
 * free hosts' limits — GitHub Pages publishes at most 1 GB, Cloudflare Pages' free plan 20,000
 * files and 25 MiB a file. Measured on `generated` (24 generated interviews of the first post's
 * shape and 21 articles, bench/generate.ts, built with QUESTION_PAGES=off) and, for what each
 * question adds by default (its share page and card), on `archive`. An interview's own files
 * are those named for it (posts/<slug>.html, .md, card, posts/<slug>/…); everything else
 * (listings, feeds, search, assets) is shared, and is charged to every post as if it grew with
 * each one: an upper bound. bench/README.md has the measured 1,000- and 5,000-post exports.
 */
const ARCHIVE = 1000;
const GITHUB_PAGES_BYTES = 1e9;
const CLOUDFLARE_FREE_FILES = 20_000;
const CLOUDFLARE_FILE_BYTES = 25 * 2 ** 20;

interface ExportedFile {
  file: string;
  bytes: number;
}

function filesOf(site: SiteName): ExportedFile[] {
  const root = siteDir(site);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.relative(root, path.join(entry.parentPath, entry.name));
      return { file: file.split(path.sep).join('/'), bytes: statSync(path.join(root, file)).size };
    });
}

const postsOf = (site: SiteName) =>
  loadPosts(path.join(process.cwd(), SITES[site].env.POSTS_DIR!), { includeDrafts: false });
const total = (list: ExportedFile[]) => list.reduce((sum, f) => sum + f.bytes, 0);
const isQuestionFile = (file: string) => /^posts\/[^/]+\/q\//.test(file);
const isPostFile = (slug: string) => (file: string) =>
  file === `posts/${slug}.html` || file === `posts/${slug}.md` || file.startsWith(`posts/${slug}/`);

const generated = filesOf('generated');
let interviews: PostWithText[] = [];
let postCount = 0;
let questionBytes = 0; // a question's share page and card, on average (archive)
let questionsPerInterview = 0;
beforeAll(async () => {
  const posts = await postsOf('generated');
  postCount = posts.length;
  interviews = posts.filter((post) => post.questions.length > 0);
  questionsPerInterview =
    interviews.reduce((sum, post) => sum + post.questions.length, 0) / interviews.length;
  const archiveQuestions = (await postsOf('archive')).reduce((n, p) => n + p.questions.length, 0);
  questionBytes =
    total(filesOf('archive').filter((f) => isQuestionFile(f.file))) / archiveQuestions;
});

/** One interview of the generated archive, in bytes and files, with its share of the rest. */
function perInterview() {
  const own = generated.filter((f) => interviews.some((post) => isPostFile(post.slug)(f.file)));
  const shared = generated.filter((f) => !own.includes(f));
  return {
    bytes: total(own) / interviews.length + total(shared) / postCount,
    files: own.length / interviews.length + shared.length / postCount,
  };
}

test('the generated archive is big enough to measure, and built without question pages', () => {
  expect(interviews.length).toBeGreaterThanOrEqual(20);
  expect(questionsPerInterview).toBeGreaterThan(4);
  expect(generated.filter((f) => isQuestionFile(f.file))).toEqual([]);
  expect(questionBytes).toBeGreaterThan(1000);
});

test(`${ARCHIVE} interviews with their question pages fit GitHub Pages (1 GB)`, () => {
  const bytes = perInterview().bytes + questionsPerInterview * questionBytes;
  expect(ARCHIVE * bytes).toBeLessThanOrEqual(GITHUB_PAGES_BYTES);
  // Far below, not barely: the archive may have longer interviews than the generator's.
  expect(bytes).toBeLessThan(GITHUB_PAGES_BYTES / ARCHIVE / 2);
});

test(`${ARCHIVE} interviews with question pages off fit Cloudflare's free plan (20,000 files)`, () => {
  expect(ARCHIVE * perInterview().files).toBeLessThanOrEqual(CLOUDFLARE_FREE_FILES);
});

test('no file is near a host’s per-file limit', () => {
  for (const { file, bytes } of [...generated, ...filesOf('archive')]) {
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
      for (const element of html.querySelectorAll('[href], [src], [data-module], meta[content]')) {
        add(element.getAttribute('href') ?? '');
        add(element.getAttribute('src') ?? '');
        // The module the enhancements' loader imports once the page has loaded.
        add(element.getAttribute('data-module') ?? '');
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

test.each(['generated', 'archive'] as const)(
  'every file in the %s export is one the site asks for (no leftovers of the build)',
  (site) => {
    const files = filesOf(site).map((f) => f.file);
    const referenced = referencedFiles(site, files);
    // Asked for by name, not by a link: hosts (404 page, headers, GitHub Pages' switch that
    // publishes folders starting with _), crawlers and language-model tools (llmstxt.org).
    const byName = new Set(['404.html', '_headers', '.nojekyll', 'robots.txt', 'llms.txt']);
    const orphans = files.filter((file) => !referenced.has(file) && !byName.has(file));
    expect(orphans).toEqual([]);
  },
);
