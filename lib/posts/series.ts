import type { ContentIssue } from './errors';
import type { Post } from './types';

/**
 * A series: posts that share `series:` (one interview in parts, a recurring column). Parts go
 * by `part:` when the posts give it, else by date (oldest first, as they were published).
 */
export interface Series {
  name: string;
  slug: string;
  /** In reading order. */
  parts: Post[];
}

const byPart = (a: Post, b: Post) =>
  (a.part ?? 0) - (b.part ?? 0) || a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);

/** Every series of these posts, newest latest part first. */
export function seriesOf(posts: Post[]): Series[] {
  const bySlug = new Map<string, Series>();
  for (const post of posts) {
    if (!post.series) continue;
    const series = bySlug.get(post.series.slug) ?? { ...post.series, parts: [] };
    series.parts.push(post);
    bySlug.set(post.series.slug, series);
  }
  const all = [...bySlug.values()];
  for (const series of all) series.parts.sort(byPart);
  const latest = (series: Series) => series.parts.reduce((d, p) => (p.date > d ? p.date : d), '');
  return all.sort((a, b) => latest(b).localeCompare(latest(a)) || a.name.localeCompare(b.name));
}

/**
 * What would put a series' parts in no clear order: `part:` on some posts but not others, or
 * two posts claiming the same part.
 */
export function seriesIssues(posts: Post[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const series of seriesOf(posts)) {
    const numbered = series.parts.filter((post) => post.part !== undefined);
    if (numbered.length > 0 && numbered.length < series.parts.length) {
      const without = series.parts.filter((post) => post.part === undefined);
      for (const post of without) {
        issues.push({
          file: post.file,
          field: 'part',
          message: `the series "${series.name}" numbers its parts (${numbered[0]!.file} has part: ${numbered[0]!.part}), but this post gives none`,
          hint: 'give every part of the series its part: number, or none of them (then they go by date)',
        });
      }
    }
    const seen = new Map<number, string>();
    for (const post of numbered) {
      const twin = seen.get(post.part!);
      if (twin) {
        issues.push({
          file: post.file,
          field: 'part',
          message: `${twin} is part ${post.part} of "${series.name}" too`,
          hint: 'give each part its own number',
        });
      }
      seen.set(post.part!, post.file);
    }
  }
  return issues;
}

export type SeriesPlace = ReturnType<typeof placeInSeries> & { series: Series };

/** Where `post` stands in its series: its number (1-based), the total, and its neighbours. */
export function placeInSeries(series: Series, post: Post) {
  const at = series.parts.findIndex((part) => part.slug === post.slug);
  return {
    number: at + 1,
    total: series.parts.length,
    previous: series.parts[at - 1],
    next: series.parts[at + 1],
  };
}
