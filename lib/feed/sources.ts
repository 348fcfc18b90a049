import {
  getAllPosts,
  getCategories,
  getPeople,
  getPostsInCategory,
  getPostsWithTag,
  getTags,
} from '@/lib/posts';
import { categoryPath, personPath, tagPath } from '@/lib/seo/urls';
import { site } from '@/lib/site';
import type { FeedSource } from './responses';

/** The feeds of each category, tag and person, for their route files. */
export async function categoryFeed(slug: string): Promise<FeedSource | undefined> {
  const category = (await getCategories()).find((c) => c.slug === slug);
  if (!category) return undefined;
  return {
    title: `${site.name} · ${category.name}`,
    description: `${category.name} 분류의 대담`,
    home: categoryPath(slug),
    base: categoryPath(slug),
    posts: await getPostsInCategory(slug),
  };
}

export async function tagFeed(slug: string): Promise<FeedSource | undefined> {
  const tag = (await getTags()).find((t) => t.slug === slug);
  if (!tag) return undefined;
  return {
    title: `${site.name} · #${tag.name}`,
    description: `${tag.name} 태그가 붙은 대담`,
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
    description: `${person.name}이(가) 나온 대담`,
    home: personPath(slug),
    base: personPath(slug),
    // Newest first, as the archive is.
    posts: (await getAllPosts()).filter((post) => appears.has(post.slug)),
  };
}
