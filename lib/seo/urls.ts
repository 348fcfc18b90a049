import type { Post } from '@/lib/posts';
import { absoluteUrl } from '@/lib/site';

/** Where each shareable thing lives. One place, so pages, feeds and the sitemap agree. */
export const postPath = (post: Pick<Post, 'slug'>) => `/posts/${post.slug}`;
export const questionPath = (post: Pick<Post, 'slug'>, n: number) => `/posts/${post.slug}/q/${n}`;
export const answerAnchorPath = (post: Pick<Post, 'slug'>, n: number) => `${postPath(post)}#q-${n}`;
export const categoryPath = (slug: string) => `/categories/${slug}`;

type CardOf = Pick<Post, 'slug' | 'cardPhoto'>;

/** A card with a photo is a JPEG (lib/og/photo.ts); one of text and flat colours a PNG. */
export const cardFormat = (post: Pick<Post, 'cardPhoto'>) => (post.cardPhoto ? 'jpeg' : 'png');
const cardFile = (post: CardOf) => (post.cardPhoto ? 'og.jpg' : 'og.png');
export const CARD_TYPES = { png: 'image/png', jpeg: 'image/jpeg' } as const;

export const postImagePath = (post: CardOf) => `${postPath(post)}/${cardFile(post)}`;
export const questionImagePath = (post: CardOf, n: number) =>
  `${questionPath(post, n)}/${cardFile(post)}`;
export const SITE_IMAGE_PATH = '/og.png';

/** The preview image of a post: frontmatter `image` (URL or site path) or its generated card. */
export function postImageUrl(post: Pick<Post, 'slug' | 'image' | 'cardPhoto'>): string {
  if (post.image) return /^https?:\/\//.test(post.image) ? post.image : absoluteUrl(post.image);
  return absoluteUrl(postImagePath(post));
}
export const tagPath = (slug: string) => `/tags/${slug}`;
export const personPath = (slug: string) => `/people/${slug}`;
export const seriesPath = (slug: string) => `/series/${slug}`;
export const archivePath = (year?: string) => (year ? `/archive/${year}` : '/archive');
