import type { MetadataRoute } from 'next';
import { getAllPosts, getCategories, getPostsInCategory } from '@/lib/posts';
import { categoryPath, postPath } from '@/lib/seo/urls';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Every public page with its last change. Share pages of single questions are left out: their
 * canonical is the post.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const posts = await getAllPosts();
  const categories = await Promise.all(
    (await getCategories()).map(async (category) => ({
      url: absoluteUrl(categoryPath(category.slug)),
      lastModified: (await getPostsInCategory(category.slug))[0]?.date,
    })),
  );
  return [
    { url: absoluteUrl('/'), lastModified: posts[0]?.date },
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post)), lastModified: post.date })),
    ...categories,
  ];
}
