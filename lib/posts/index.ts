import { compileMarkdown } from '@/lib/markdown/render';
import type { RenderWith } from '@/lib/markdown/render';
import { site } from '@/lib/site';
import { categoriesOf, loadPosts } from './load';
import type { Category, Post } from './types';

export type { Category, Post } from './types';
export { ContentError } from './errors';

/**
 * The posts of this build. They are read once per process and shared by every page, the
 * metadata and the lists; `next dev` re-reads them so edits show up on reload.
 */
const isDev = process.env.NODE_ENV === 'development';
let cached: Promise<Post[]> | undefined;

export function getAllPosts(): Promise<Post[]> {
  if (isDev) return loadPosts(site.postsDir, { includeDrafts: true });
  cached ??= loadPosts(site.postsDir, { includeDrafts: false });
  return cached;
}

export async function getPost(slug: string): Promise<Post | undefined> {
  return (await getAllPosts()).find((post) => post.slug === slug);
}

/** Posts without a category are listed here (only when there are some). */
export const UNCATEGORIZED: Category = { name: '분류 없음', slug: 'uncategorized' };

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
export function compilePost(post: Post): Promise<RenderWith> {
  return compileMarkdown({
    body: post.body,
    format: post.format,
    interview: { interviewee: post.interviewee, source: post.source },
  });
}

/** The posts around `post` in the archive (newest first) and up to `limit` of its category. */
export async function getNeighbours(post: Post, limit = 3) {
  const posts = await getAllPosts();
  const index = posts.findIndex((p) => p.slug === post.slug);
  const related = post.category
    ? posts.filter((p) => p.slug !== post.slug && p.category?.slug === post.category?.slug).slice(0, limit)
    : [];
  return { newer: posts[index - 1], older: posts[index + 1], related };
}
