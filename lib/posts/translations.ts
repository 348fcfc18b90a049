import type { ContentIssue } from './errors';
import type { Post } from './types';

/**
 * Posts that are the same interview in other languages: they share `translationKey:`. Each
 * page links the others (`<link rel="alternate" hreflang>`, the sitemap's alternates, a
 * visible link); one language per key.
 */
export function translationsOf(posts: Post[], post: Post): Post[] {
  if (!post.translationKey) return [];
  return posts.filter(
    (other) => other.translationKey === post.translationKey && other.slug !== post.slug,
  );
}

/** The version `x-default` names: the one in the interface's language, else the oldest. */
export function defaultVersion(versions: Post[], language: string): Post | undefined {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  return (
    versions.find((post) => post.lang === language) ??
    versions.find((post) => base(post.lang) === base(language)) ??
    [...versions].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug))[0]
  );
}

export function translationIssues(posts: Post[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const post of posts) {
    if (!post.translationKey) continue;
    const key = `${post.translationKey}\0${post.lang}`;
    const twin = seen.get(key);
    if (twin) {
      issues.push({
        file: post.file,
        field: 'translationKey',
        message: `${twin} is the "${post.lang}" version of "${post.translationKey}" too`,
        hint: 'one post per language shares a translationKey; check the key, or set lang: on the one in another language',
      });
    }
    seen.set(key, post.file);
  }
  return issues;
}
