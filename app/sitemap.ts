import type { MetadataRoute } from 'next';
import {
  getAllPosts,
  getCategories,
  getPeople,
  getPostsInCategory,
  getPostsWithTag,
  getSeries,
  getTags,
  getTranslations,
  getYears,
} from '@/lib/posts';
import { languageAlternates } from '@/lib/seo/metadata';
import {
  archivePath,
  categoryPath,
  personPath,
  postPath,
  seriesPath,
  tagPath,
} from '@/lib/seo/urls';
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
  const series = await getSeries();
  return [
    { url: absoluteUrl('/'), lastModified: posts[0]?.date },
    // A post with translations lists every version as its alternates (xhtml:link).
    ...(await Promise.all(
      posts.map(async (post) => {
        const languages = languageAlternates(post, await getTranslations(post));
        return {
          url: absoluteUrl(postPath(post)),
          lastModified: post.date,
          ...(Object.keys(languages).length > 0 ? { alternates: { languages } } : {}),
        };
      }),
    )),
    ...categories,
    ...tags,
    ...(posts.length > 0
      ? [{ url: absoluteUrl(archivePath()), lastModified: posts[0]?.date }]
      : []),
    ...(await getYears()).map(({ year, posts: ofYear }) => ({
      url: absoluteUrl(archivePath(year)),
      lastModified: ofYear[0]?.date,
    })),
    ...series.map((one) => ({
      url: absoluteUrl(seriesPath(one.slug)),
      lastModified: one.parts
        .map((post) => post.date)
        .sort()
        .at(-1),
    })),
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
