import { getCategories, getPeople, getSeries, getTags } from '@/lib/posts';
import { jsonFeedResponse, rssResponse } from './responses';
import type { FeedSource } from './responses';
import { categoryFeed, personFeed, seriesFeed, tagFeed } from './sources';

/**
 * The parts of the archive that have feeds of their own (a category, a tag, a person) and the
 * formats each is written in: `/<part folder>/<slug>/feed.<format>`. The build writes every one
 * (./files.ts) and `npm run dev` answers the same bytes (pipeline/content-files.ts).
 */
export const FEED_PARTS = {
  category: {
    folder: 'categories',
    feed: categoryFeed,
    slugs: async () => (await getCategories()).map((c) => c.slug),
  },
  tag: {
    folder: 'tags',
    feed: tagFeed,
    slugs: async () => (await getTags()).map((t) => t.slug),
  },
  person: {
    folder: 'people',
    feed: personFeed,
    slugs: async () => (await getPeople()).people.map((p) => p.slug),
  },
  series: {
    folder: 'series',
    feed: seriesFeed,
    slugs: async () => (await getSeries()).map((s) => s.slug),
  },
} satisfies Record<
  string,
  {
    folder: string;
    feed: (slug: string) => Promise<FeedSource | undefined>;
    slugs: () => Promise<string[]>;
  }
>;

export const FEED_FORMATS = {
  xml: rssResponse,
  json: jsonFeedResponse,
} satisfies Record<string, (source: FeedSource) => Response>;
