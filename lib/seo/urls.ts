import type { Post } from '@/lib/posts';
import { absoluteUrl } from '@/lib/site';

/** Where each shareable thing lives. One place, so pages, feeds and the sitemap agree. */
export const postPath = (post: Pick<Post, 'slug'>) => `/posts/${post.slug}`;
export const questionPath = (post: Pick<Post, 'slug'>, n: number) => `/posts/${post.slug}/q/${n}`;
export const answerAnchorPath = (post: Pick<Post, 'slug'>, n: number) => `${postPath(post)}#q-${n}`;
export const categoryPath = (slug: string) => `/categories/${slug}`;

export const postImagePath = (post: Pick<Post, 'slug'>) => `${postPath(post)}/og.png`;
export const questionImagePath = (post: Pick<Post, 'slug'>, n: number) =>
  `${questionPath(post, n)}/og.png`;
export const SITE_IMAGE_PATH = '/og.png';

/** The preview image of a post: frontmatter `image` (URL or site path) or its generated card. */
export function postImageUrl(post: Pick<Post, 'slug' | 'image'>): string {
  if (post.image) return /^https?:\/\//.test(post.image) ? post.image : absoluteUrl(post.image);
  return absoluteUrl(postImagePath(post));
}
export const tagPath = (slug: string) => `/tags/${slug}`;
export const personPath = (slug: string) => `/people/${slug}`;
