import type { FeedItem } from './items';
import { escapeHtml } from './items';

interface Channel {
  title: string;
  description: string;
  home: string;
  self: string;
}

const xml = escapeHtml; // the same five characters need escaping in XML text and attributes

/** RSS 2.0 with Atom self link and full HTML summaries in content:encoded. */
export function rss(channel: Channel, items: FeedItem[]): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${xml(item.title)}</title>
      <link>${xml(item.url)}</link>
      <guid isPermaLink="true">${xml(item.url)}</guid>
      <pubDate>${new Date(item.date).toUTCString()}</pubDate>
      <description>${xml(item.summary)}</description>
      <content:encoded>${xml(item.html)}</content:encoded>${item.category ? `\n      <category>${xml(item.category)}</category>` : ''}${item.tags.map((tag) => `\n      <category>${xml(tag)}</category>`).join('')}
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${xml(channel.title)}</title>
    <link>${xml(channel.home)}</link>
    <description>${xml(channel.description)}</description>
    <language>ko</language>
    <atom:link href="${xml(channel.self)}" rel="self" type="application/rss+xml"/>${items[0] ? `\n    <lastBuildDate>${new Date(items[0].date).toUTCString()}</lastBuildDate>` : ''}
${entries}
  </channel>
</rss>
`;
}
