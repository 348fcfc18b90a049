import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  getAllPosts,
  getCategories,
  getNeighbours,
  getPeople,
  getPostsInCategory,
  getPostsWithTag,
  getSeries,
  getSeriesPlace,
  getTranslations,
  getTags,
} from '@/lib/posts';
import type { Post, PostWithText } from '@/lib/posts';
import { PEOPLE_FILE } from '@/lib/people/data';
import { site } from '@/lib/site';
import { pageCount } from '@/lib/posts/paginate';
import { waitForFile, writeWhole } from '@/lib/handoff-file';
import { assignPasses, pagesPerPass, passOf } from './passes';

/**
 * Pages a build does not need to render again. `npm run build` keeps each finished page in
 * .next/cache/daedam-pages/<key>/, where the key hashes everything the page is made from; a
 * page whose key is there is left out of generateStaticParams and pipeline/page-cache/export.ts
 * copies it into the export instead. Pages come in groups, each group one key:
 *
 * - `post:<slug>`: the post page and its question pages. Made from the post, the code, the
 *   summaries of the posts it links to (newer, older, same category) and the person page each
 *   of its speakers links to.
 * - `tag:<slug>`, `category:<slug>`: a tag's or category's pages. Made from the summaries
 *   (what a list shows of a post: summaryOf, no body, no answers) of the posts it lists.
 * - `archive`: the archive's further pages (/page/2 …): every post's summary.
 * - `person:<slug>`: a person's pages. Made from the person (people.yaml and the names they
 *   go by), the summaries of the posts they answered in or conducted, and each of their
 *   answers as the pages show it (the question, the answer's opening, the post's title).
 *
 * A page that starts showing more of another post than these say (an answer on a list, say)
 * must say so here; tests/site/page-cache.test.ts compares builds from the cache with full
 * builds after edits of each kind.
 *
 * "The code" is every source file of the site, the lockfile, the site's settings (SITE_URL,
 * BASE_PATH, QUESTION_PAGES …) and people.yaml, so a change to any of them renders everything.
 * Only `npm run build` turns this on: its content check writes the plan (writePagePlan, read by
 * generateStaticParams here and by the step that copies) to the file PAGE_PLAN names;
 * `next build` alone and `npm run dev` render every page.
 */
export const PAGE_CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'daedam-pages');
const SOURCES = ['app', 'components', 'lib', 'client', 'pipeline', 'scripts', 'public'];
const SOURCE_FILES = ['next.config.js', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

export type PageGroup =
  `post:${string}` | `tag:${string}` | `category:${string}` | 'archive' | `person:${string}`;
export interface PlannedGroup {
  group: PageGroup;
  key: string;
  /** The cache has its pages already. */
  cached: boolean;
  /** How many pages it has (what a pass counts). */
  pages: number;
  /** Which `next build` renders it (0 for a cached group): see ./passes.ts. */
  pass: number;
}
export interface PagePlan {
  cacheDir: string;
  /** Every group of this build, with its key and whether the cache has its pages already. */
  groups: PlannedGroup[];
  /** How many times `npm run build` runs `next build` (each renders the groups of its pass). */
  passes: number;
}

function hashFiles(hash: ReturnType<typeof createHash>, dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) hashFiles(hash, file);
    else if (entry.isFile())
      hash.update(path.relative(process.cwd(), file)).update(readFileSync(file));
  }
}

function codeKey(): string {
  const hash = createHash('sha256').update(JSON.stringify(site));
  for (const dir of SOURCES) {
    const folder = path.join(process.cwd(), dir);
    if (existsSync(folder)) hashFiles(hash, folder);
  }
  for (const name of [...SOURCE_FILES, path.join(site.postsDir, PEOPLE_FILE)]) {
    const file = path.resolve(process.cwd(), name);
    hash.update(name).update(existsSync(file) ? readFileSync(file) : '\0');
  }
  return hash.digest('hex');
}

/** What other pages show of a post: its frontmatter and figures, not its text. */
function summaryOf(post: Post | undefined) {
  if (!post) return null;
  const summary: Partial<PostWithText> = { ...post };
  delete summary.body;
  delete summary.text;
  return {
    ...summary,
    questions: post.questions.map(({ n, speaker, text, answerSpeakers }) => ({
      n,
      speaker,
      text,
      answerSpeakers,
    })),
  };
}

/** Everyone a post names (frontmatter and speaker labels). */
function namesIn(post: Post): Array<string | undefined> {
  return [
    post.interviewer,
    post.interviewee,
    ...post.questions.flatMap((q) => [q.speaker, ...q.answers.map((a) => a.speaker)]),
  ];
}

const keyOf = (...parts: unknown[]) =>
  createHash('sha256').update(JSON.stringify(parts)).digest('hex');

async function makePlan(): Promise<PagePlan> {
  const posts = await getAllPosts();
  // Every page's footer links the series when there are some (app/layout.tsx).
  const code = keyOf(codeKey(), (await getSeries()).length > 0);
  const { find, people } = await getPeople();
  const groups: Array<[PageGroup, string, number]> = [];
  for (const post of posts) {
    const { newer, older, related } = await getNeighbours(post);
    const place = await getSeriesPlace(post);
    const translations = await getTranslations(post);
    const context = [
      ...[newer, older, ...related].map(summaryOf),
      // What the post shows of its series and its other language versions.
      place && [place.series.name, place.number, place.total],
      ...[place?.previous, place?.next, ...translations].map(summaryOf),
    ];
    const links = namesIn(post).map((name) => [name, find(name)?.slug]);
    groups.push([
      `post:${post.slug}`,
      keyOf('post', code, post, context, links),
      1 + (site.questionPages ? post.questions.length : 0),
    ]);
  }
  for (const tag of await getTags()) {
    const listed = (await getPostsWithTag(tag.slug)).map(summaryOf);
    groups.push([`tag:${tag.slug}`, keyOf('tag', code, tag, listed), pageCount(listed.length)]);
  }
  for (const category of await getCategories()) {
    const listed = (await getPostsInCategory(category.slug)).map(summaryOf);
    groups.push([
      `category:${category.slug}`,
      keyOf('category', code, category, listed),
      pageCount(listed.length),
    ]);
  }
  groups.push(['archive', keyOf('archive', code, posts.map(summaryOf)), pageCount(posts.length)]);
  for (const person of people) {
    const { gave, conducted, answers, ...who } = person;
    const shown = answers.map(({ post, n, question, excerpt }) => [
      post.slug,
      post.title,
      post.date,
      post.lang,
      n,
      question,
      excerpt,
    ]);
    groups.push([
      `person:${person.slug}`,
      keyOf('person', code, who, gave.map(summaryOf), conducted.map(summaryOf), shown),
      pageCount(answers.length),
    ]);
  }
  const planned = groups.map(([group, key, pages]) => ({
    group,
    key,
    cached: existsSync(path.join(PAGE_CACHE_DIR, key, 'pages.json')),
    pages,
  }));
  const { passes, passOfGroup } = assignPasses(planned, pagesPerPass());
  return {
    cacheDir: PAGE_CACHE_DIR,
    groups: planned.map((g, i) => ({ ...g, pass: passOfGroup[i] ?? 0 })),
    passes,
  };
}

/**
 * Decides this build's plan and writes it to `planFile`, whole or not at all (a rename). The
 * content check does it once, right after loading the posts, while Next is still compiling:
 * every Next process then reads the same decisions, even if another build fills the cache
 * meanwhile.
 */
export async function writePagePlan(planFile: string): Promise<PagePlan> {
  const plan = await makePlan();
  writeWhole(planFile, JSON.stringify(plan));
  return plan;
}

async function readPlan(planFile: string): Promise<PagePlan> {
  return JSON.parse(await waitForFile(planFile, 'PAGE_PLAN')) as PagePlan;
}

let plan: Promise<PagePlan | undefined> | undefined;

function pagePlan(): Promise<PagePlan | undefined> {
  const planFile = process.env.PAGE_PLAN;
  if (!planFile || process.env.NODE_ENV !== 'production') return Promise.resolve(undefined);
  plan ??= readPlan(planFile);
  return plan;
}

/**
 * `params` without those whose group's pages are cached, or rendered by another pass of this
 * build (./passes.ts); all of them without a plan.
 */
export async function toRender<T>(params: T[], groupOf: (param: T) => PageGroup): Promise<T[]> {
  const current = await pagePlan();
  if (!current) return params;
  const pass = passOf(process.env.PAGE_PASS, current.passes);
  const elsewhere = new Set(
    current.groups.filter((g) => g.cached || g.pass !== pass).map((g) => g.group),
  );
  return params.filter((param) => !elsewhere.has(groupOf(param)));
}
