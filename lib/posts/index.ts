import { compileMarkdown } from '@/lib/markdown/render';
import type { RenderWith } from '@/lib/markdown/render';
import { oncePerProcess, setForProcess } from '@/lib/once-per-process';
import { site } from '@/lib/site';
import { buildPeople } from '@/lib/people/directory';
import type { PeopleDirectory } from '@/lib/people/directory';
import { readPeopleData } from '@/lib/people/data';
import { categoriesOf, loadPosts } from './load';
import { tagsOf } from './taxonomy';
import type { Tag } from './taxonomy';
import { toSlug } from './slug';
import { postBody } from './body';
import { forPages } from './for-pages';
import { readPostsSnapshot, SNAPSHOT_VARIABLE } from './snapshot';
import { placeInSeries, seriesOf } from './series';
import type { Series } from './series';
import { translationsOf } from './translations';
import type { Category, Post, PostWithText } from './types';
import { t } from '@/lib/i18n';

export type { Category, Post, PostWithText } from './types';
export type { Tag } from './taxonomy';
export type { Series } from './series';
export { ContentError } from './errors';

/**
 * The posts of this build (drafts only with `site.drafts`). They are read once per process
 * (../once-per-process.ts) and shared by every page, route, the metadata and the lists:
 * from the content check's snapshot when `npm run build` names one (./snapshot.ts), else from
 * the content folder. `next dev` re-reads them so edits show up on reload.
 */
const isDev = process.env.NODE_ENV === 'development';

export function getAllPosts(): Promise<Post[]> {
  if (isDev) return loadPosts(site.postsDir, { includeDrafts: site.drafts });
  const snapshot = process.env[SNAPSHOT_VARIABLE];
  return oncePerProcess('posts', () =>
    snapshot
      ? readPostsSnapshot(snapshot)
      : loadPosts(site.postsDir, { includeDrafts: site.drafts }).then((posts) =>
          posts.map(forPages),
        ),
  );
}

/**
 * The build's content check has read every post already: the feeds it writes (lib/feed/files.ts)
 * use the same posts instead of reading them again.
 */
export function provideCheckedPosts(published: PostWithText[]): void {
  setForProcess('posts', Promise.resolve(published.map(forPages)));
}

export async function getPost(slug: string): Promise<Post | undefined> {
  return (await getAllPosts()).find((post) => post.slug === slug);
}

/** Posts without a category are listed here (only when there are some). */
export const UNCATEGORIZED: Category = { name: t.category.uncategorized, slug: 'uncategorized' };

/** Every category page to build: the categories in use, and UNCATEGORIZED when needed. */
export async function getCategories(): Promise<Category[]> {
  const posts = await getAllPosts();
  const categories = categoriesOf(posts);
  const needsUncategorized =
    posts.some((post) => !post.category) &&
    !categories.some((category) => category.slug === UNCATEGORIZED.slug);
  return needsUncategorized ? [...categories, UNCATEGORIZED] : categories;
}

export async function getPostsInCategory(slug: string): Promise<Post[]> {
  return (await getAllPosts()).filter(
    (post) => (post.category?.slug ?? UNCATEGORIZED.slug) === slug,
  );
}

/** The post's compiled body (once per process), ready to render with a component map. */
export async function compilePost(post: Post): Promise<RenderWith> {
  return compileMarkdown({
    body: await postBody(post),
    format: post.format,
    interview: {
      interviewee: post.interviewee,
      source: post.source,
      added: post.addedQuestions,
    },
    pictures: {
      pictures: Object.fromEntries(
        post.pictures.flatMap((picture) => (picture.info ? [[picture.src, picture.info]] : [])),
      ),
    },
  });
}

/** The posts around `post` in the archive (newest first) and up to `limit` of its category. */
export async function getNeighbours(post: Post, limit = 3) {
  const posts = await getAllPosts();
  const index = posts.findIndex((p) => p.slug === post.slug);
  const related = post.category
    ? posts
        .filter((p) => p.slug !== post.slug && p.category?.slug === post.category?.slug)
        .slice(0, limit)
    : [];
  return { newer: posts[index - 1], older: posts[index + 1], related };
}

// Tags are romanised into slugs (toSlug), ~6 ms for every tag of 1,000 posts: done once per
// process, not once per tag page and tag feed (1,500 of them at 1,000 posts).
function tagIndex(): Promise<{ list: Tag[]; posts: Map<string, Post[]> }> {
  const build = async () => {
    const posts = await getAllPosts();
    const bySlug = new Map<string, Post[]>();
    for (const post of posts) {
      for (const slug of new Set(post.tags.map(toSlug))) {
        const list = bySlug.get(slug) ?? [];
        list.push(post);
        bySlug.set(slug, list);
      }
    }
    return { list: tagsOf(posts), posts: bySlug };
  };
  return isDev ? build() : oncePerProcess('tags', build);
}

export async function getTags(): Promise<Tag[]> {
  return (await tagIndex()).list;
}

/** Newest first, as the archive is. */
export async function getPostsWithTag(slug: string): Promise<Post[]> {
  return (await tagIndex()).posts.get(slug) ?? [];
}

/** Everyone who speaks in the published posts, merged through people.yaml (lib/people/). */
export function getPeople(): Promise<PeopleDirectory> {
  const build = async () =>
    buildPeople(await getAllPosts(), (await readPeopleData(site.postsDir)).people);
  return isDev ? build() : oncePerProcess('people', build);
}

/** The question share pages to build (none with QUESTION_PAGES=off; see lib/site.ts). */
export async function getQuestionParams(): Promise<Array<{ slug: string; n: string }>> {
  if (!site.questionPages) return [];
  return (await getAllPosts()).flatMap((post) =>
    post.questions.map((q) => ({ slug: post.slug, n: String(q.n) })),
  );
}

/** Every series of the published posts (./series.ts), the one with the latest part first. */
export function getSeries(): Promise<Series[]> {
  const build = async () => seriesOf(await getAllPosts());
  return isDev ? build() : oncePerProcess('series', build);
}

/** The series `post` is a part of, with its place in it. */
export async function getSeriesPlace(post: Post) {
  const series = post.series && (await getSeries()).find((s) => s.slug === post.series!.slug);
  return series ? { series, ...placeInSeries(series, post) } : undefined;
}

/** The other language versions of `post` (./translations.ts). */
export async function getTranslations(post: Post): Promise<Post[]> {
  if (!post.translationKey) return [];
  const build = async () => {
    const byKey = new Map<string, Post[]>();
    for (const other of await getAllPosts()) {
      if (!other.translationKey) continue;
      byKey.set(other.translationKey, [...(byKey.get(other.translationKey) ?? []), other]);
    }
    return byKey;
  };
  const byKey = await (isDev ? build() : oncePerProcess('translations', build));
  return translationsOf(byKey.get(post.translationKey) ?? [], post);
}

/** The years the archive has posts in, newest first, each with its posts (newest first). */
export async function getYears(): Promise<Array<{ year: string; posts: Post[] }>> {
  const byYear = new Map<string, Post[]>();
  for (const post of await getAllPosts()) {
    const year = post.date.slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push(post);
    byYear.set(year, list);
  }
  return [...byYear].map(([year, posts]) => ({ year, posts }));
}
