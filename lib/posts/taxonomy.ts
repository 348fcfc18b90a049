import type { ContentIssue } from './errors';
import { toSlug } from './slug';
import type { Category, Post } from './types';

/** A tag as it gets a page: the display name and its ASCII URL segment (/tags/<slug>). */
export type Tag = Category;

export const tagOf = (name: string): Tag => ({ name, slug: toSlug(name) });

/**
 * Names that would share one URL (`AI` and `ai`, `인공 지능` and `인공-지능`) must be spelled
 * the same everywhere, or the second spelling silently vanishes into the first page.
 */
export function slugClashes(
  posts: Post[],
  field: 'category' | 'tags' | 'series',
  urlOf: (slug: string) => string,
): ContentIssue[] {
  const seen = new Map<string, { name: string; file: string }>();
  const issues: ContentIssue[] = [];
  for (const post of posts) {
    const one = field === 'tags' ? undefined : post[field];
    const names = field === 'tags' ? post.tags : one ? [one.name] : [];
    for (const name of names) {
      const slug = toSlug(name);
      const first = seen.get(slug);
      if (!first) seen.set(slug, { name, file: post.file });
      else if (first.name !== name) {
        issues.push({
          file: post.file,
          field,
          message: `"${name}" and "${first.name}" (${first.file}) would share the URL ${urlOf(slug)}`,
          hint: `use the same spelling as ${first.file}`,
        });
      }
    }
  }
  return issues;
}

/** Every tag in use, by name (Korean collation). */
export function tagsOf(posts: Post[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const post of posts) for (const name of post.tags) bySlug.set(toSlug(name), tagOf(name));
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'ko'));
}
