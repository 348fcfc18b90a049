import { feedItem, FEED_SIZE } from '@/lib/feed/items';
import { rss } from '@/lib/feed/rss';
import { getAllPosts } from '@/lib/posts';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

export async function GET() {
  const posts = (await getAllPosts()).slice(0, FEED_SIZE);
  const body = rss(
    {
      title: site.name,
      description: site.description,
      home: absoluteUrl('/'),
      self: absoluteUrl('/feed.xml'),
    },
    posts.map(feedItem),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
