import type { Post } from '@/lib/posts';
import { absoluteUrl, site } from '@/lib/site';
import { feedItem, FEED_SIZE } from './items';
import { rss } from './rss';

/**
 * A feed of the whole site or of part of it (a category, tag or person): the newest posts,
 * as RSS 2.0 at `<base>/feed.xml` and JSON Feed 1.1 at `<base>/feed.json`.
 */
export interface FeedSource {
  title: string;
  description: string;
  /** The page the feed follows: `/`, `/tags/ai`, … */
  home: string;
  /** The folder of the feed files: `''` for the site, `/tags/ai`, … */
  base: string;
  posts: Post[];
}

export function rssResponse(source: FeedSource): Response {
  const body = rss(
    {
      title: source.title,
      description: source.description,
      home: absoluteUrl(source.home),
      self: absoluteUrl(`${source.base}/feed.xml`),
    },
    source.posts.slice(0, FEED_SIZE).map(feedItem),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeedResponse(source: FeedSource): Response {
  const items = source.posts.slice(0, FEED_SIZE).map(feedItem);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: source.title,
    description: source.description,
    language: site.locale,
    ...(site.publisher || site.author
      ? {
          authors: [
            {
              name: site.publisher?.name ?? site.author,
              ...(site.publisher?.url ? { url: site.publisher.url } : {}),
            },
          ],
        }
      : {}),
    home_page_url: absoluteUrl(source.home),
    feed_url: absoluteUrl(`${source.base}/feed.json`),
    icon: absoluteUrl('/icon-512.png'),
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: item.date,
      language: item.language,
      image: item.image,
      tags: [item.category, ...item.tags].filter(Boolean),
      authors: item.author ? [{ name: item.author }] : undefined,
      attachments: item.recording
        ? [
            {
              url: item.recording.url,
              mime_type: item.recording.type,
              ...(item.recording.length ? { size_in_bytes: item.recording.length } : {}),
              ...(item.recording.duration
                ? { duration_in_seconds: Math.round(item.recording.duration) }
                : {}),
            },
          ]
        : undefined,
    })),
  };
  return Response.json(feed, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

/** The site's own feed. */
export async function siteFeed(posts: Promise<Post[]>): Promise<FeedSource> {
  return {
    title: site.name,
    description: site.description,
    home: '/',
    base: '',
    posts: await posts,
  };
}

/** A response for a feed route whose page does not exist (the placeholder of an empty route). */
export const noFeed = () => new Response('Not found', { status: 404 });
