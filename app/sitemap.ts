import type { MetadataRoute } from 'next';
import {
  getAllPosts,
  getCategories,
  getPeople,
  getPostsInCategory,
  getPostsWithTag,
  getTags,
} from '@/lib/posts';
import { categoryPath, personPath, postPath, tagPath } from '@/lib/seo/urls';
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
  const tags = await Promise.all(
    (await getTags()).map(async (tag) => ({
      url: absoluteUrl(tagPath(tag.slug)),
      lastModified: (await getPostsWithTag(tag.slug))[0]?.date,
    })),
  );
  const { people } = await getPeople();
  return [
    { url: absoluteUrl('/'), lastModified: posts[0]?.date },
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post)), lastModified: post.date })),
    ...categories,
    ...tags,
    ...(people.length > 0 ? [{ url: absoluteUrl('/people'), lastModified: posts[0]?.date }] : []),
    ...people.map((person) => ({
      url: absoluteUrl(personPath(person.slug)),
      lastModified: [...person.gave, ...person.conducted]
        .map((post) => post.date)
        .sort()
        .at(-1),
    })),
  ];
}
