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

export async function getCategories(): Promise<Category[]> {
  return categoriesOf(await getAllPosts());
}

export async function getPostsInCategory(slug: string): Promise<Post[]> {
  return (await getAllPosts()).filter((post) => post.category?.slug === slug);
}
