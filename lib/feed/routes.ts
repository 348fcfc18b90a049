import { getCategories, getPeople, getTags } from '@/lib/posts';
import { orPlaceholder, PLACEHOLDER } from '@/lib/static-params';
import { jsonFeedResponse, noFeed, rssResponse } from './responses';
import type { FeedSource } from './responses';
import { categoryFeed, personFeed, tagFeed } from './sources';

/**
 * The feed route files of categories, tags and people differ only in which part of the
 * archive they follow and which format they write: each file is
 * `export const { generateStaticParams, GET } = feedRoute('tag', 'xml')`.
 */
export const FEED_PARTS = {
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

export const FEED_FORMATS = {
  xml: rssResponse,
  json: jsonFeedResponse,
} satisfies Record<string, (source: FeedSource) => Response>;

const isDev = process.env.NODE_ENV === 'development';

/**
 * `next dev` answers every feed; `npm run build` has the content check write them from the
 * posts it holds (./files.ts: ~2,200 feeds at 1,000 posts, each a render of Next's static
 * export otherwise), so the export renders only the placeholder, which it deletes.
 */
export function feedRoute<Part extends keyof typeof FEED_PARTS>(
  part: Part,
  format: keyof typeof FEED_FORMATS,
) {
  const { feed, slugs } = FEED_PARTS[part];
  const respond = FEED_FORMATS[format];
  return {
    generateStaticParams: async () =>
      orPlaceholder(
        isDev ? (await slugs()).map((slug) => ({ [part]: slug }) as Record<Part, string>) : [],
        [part],
      ),
    GET: async (_request: Request, { params }: { params: Promise<Record<Part, string>> }) => {
      const slug = (await params)[part];
      const source = slug === PLACEHOLDER ? undefined : await feed(slug);
      return source ? respond(source) : noFeed();
    },
  };
}
