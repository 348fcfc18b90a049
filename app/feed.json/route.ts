import { feedItem, FEED_SIZE } from '@/lib/feed/items';
import { getAllPosts } from '@/lib/posts';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export async function GET() {
  const items = (await getAllPosts()).slice(0, FEED_SIZE).map(feedItem);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    description: site.description,
    language: 'ko',
    home_page_url: absoluteUrl('/'),
    feed_url: absoluteUrl('/feed.json'),
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
    })),
  };
  return Response.json(feed, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
