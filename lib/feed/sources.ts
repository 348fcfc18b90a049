import {
  getAllPosts,
  getCategories,
  getPeople,
  getPostsInCategory,
  getPostsWithTag,
  getSeries,
  getTags,
} from '@/lib/posts';
import { categoryPath, personPath, seriesPath, tagPath } from '@/lib/seo/urls';
import { site } from '@/lib/site';
import type { FeedSource } from './responses';
import { t } from '@/lib/i18n';

/** The feeds of each category, tag and person, for their route files. */
export async function categoryFeed(slug: string): Promise<FeedSource | undefined> {
  const category = (await getCategories()).find((c) => c.slug === slug);
  if (!category) return undefined;
  return {
    title: `${site.name} · ${category.name}`,
    description: t.category.description(category.name),
    home: categoryPath(slug),
    base: categoryPath(slug),
    posts: await getPostsInCategory(slug),
  };
}

export async function tagFeed(slug: string): Promise<FeedSource | undefined> {
  const tag = (await getTags()).find((known) => known.slug === slug);
  if (!tag) return undefined;
  return {
    title: `${site.name} · #${tag.name}`,
    description: t.tag.description(tag.name),
    home: tagPath(slug),
    base: tagPath(slug),
    posts: await getPostsWithTag(slug),
  };
}

export async function personFeed(slug: string): Promise<FeedSource | undefined> {
  const person = (await getPeople()).people.find((p) => p.slug === slug);
  if (!person) return undefined;
  // By slug, not by object: `next dev` reads the posts afresh for the people and for the list.
  const appears = new Set([...person.gave, ...person.conducted].map((post) => post.slug));
  return {
    title: `${site.name} · ${person.name}`,
    description: t.people.feed(person.name),
    home: personPath(slug),
    base: personPath(slug),
    // Newest first, as the archive is.
    posts: (await getAllPosts()).filter((post) => appears.has(post.slug)),
  };
}

/** A series' feed: its parts, the latest first (as every feed is). */
export async function seriesFeed(slug: string): Promise<FeedSource | undefined> {
  const series = (await getSeries()).find((s) => s.slug === slug);
  if (!series) return undefined;
  return {
    title: `${site.name} · ${series.name}`,
    description: t.series.description(series.name),
    home: seriesPath(slug),
    base: seriesPath(slug),
    posts: [...series.parts].reverse(),
  };
}
