import { getCategories, getPeople, getTags } from '@/lib/posts';
import { orPlaceholder } from '@/lib/static-params';
import { jsonFeedResponse, noFeed, rssResponse } from './responses';
import type { FeedSource } from './responses';
import { categoryFeed, personFeed, tagFeed } from './sources';

/**
 * The feed route files of categories, tags and people differ only in which part of the
 * archive they follow and which format they write: each file is
 * `export const { generateStaticParams, GET } = feedRoute('tag', 'xml')`.
 */
const PARTS = {
  category: {
    feed: categoryFeed,
    slugs: async () => (await getCategories()).map((c) => c.slug),
  },
  tag: { feed: tagFeed, slugs: async () => (await getTags()).map((t) => t.slug) },
  person: {
    feed: personFeed,
    slugs: async () => (await getPeople()).people.map((p) => p.slug),
  },
} satisfies Record<
  string,
  { feed: (slug: string) => Promise<FeedSource | undefined>; slugs: () => Promise<string[]> }
>;

export function feedRoute<Part extends keyof typeof PARTS>(part: Part, format: 'xml' | 'json') {
  const { feed, slugs } = PARTS[part];
  const respond = format === 'xml' ? rssResponse : jsonFeedResponse;
  return {
    generateStaticParams: async () =>
      orPlaceholder(
        (await slugs()).map((slug) => ({ [part]: slug }) as Record<Part, string>),
        [part],
      ),
    GET: async (_request: Request, { params }: { params: Promise<Record<Part, string>> }) => {
      const source = await feed((await params)[part]);
      return source ? respond(source) : noFeed();
    },
  };
}
