import type { FeedItem } from './items';
import { escapeHtml } from './items';
import { site } from '@/lib/site';

interface Channel {
  title: string;
  description: string;
  home: string;
  self: string;
}

/**
 * Characters XML 1.0 does not allow at all, escaped or not (C0 controls but tab, line feed and
 * carriage return; U+FFFE/U+FFFF; lone surrogates). A post pasted from elsewhere may carry
 * them invisibly; one of them makes the whole feed unreadable to every reader app.
 */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string) => text.replace(XML_FORBIDDEN, '');

// The same five characters need escaping in XML text and attributes as in HTML.
const xml = (text: string) => escapeHtml(xmlSafe(text));

/**
 * A recorded post as a podcast episode: the recording as the item's enclosure (its length in
 * bytes, 0 when the file is not ours), and the Podcasting 2.0 transcript and chapters.
 */
function episode(item: FeedItem): string {
  const recording = item.recording;
  if (!recording) return '';
  return (
    `\n      <enclosure url="${xml(recording.url)}" length="${recording.length ?? 0}" type="${xml(recording.type)}"/>` +
    (recording.transcript
      ? `\n      <podcast:transcript url="${xml(recording.transcript)}" type="text/vtt"/>`
      : '') +
    (recording.chapters
      ? `\n      <podcast:chapters url="${xml(recording.chapters)}" type="application/json+chapters"/>`
      : '')
  );
}

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
      <content:encoded>${xml(item.html)}</content:encoded>
      <dc:language>${xml(item.language)}</dc:language>${item.author ? `\n      <dc:creator>${xml(item.author)}</dc:creator>` : ''}${episode(item)}${item.category ? `\n      <category>${xml(item.category)}</category>` : ''}${item.tags.map((tag) => `\n      <category>${xml(tag)}</category>`).join('')}
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>${xml(channel.title)}</title>
    <link>${xml(channel.home)}</link>
    <description>${xml(channel.description)}</description>
    <language>${xml(site.locale)}</language>${site.publisher ? `\n    <dc:publisher>${xml(site.publisher.name)}</dc:publisher>` : ''}
    <atom:link href="${xml(channel.self)}" rel="self" type="application/rss+xml"/>${items[0] ? `\n    <lastBuildDate>${new Date(items[0].date).toUTCString()}</lastBuildDate>` : ''}
${entries}
  </channel>
</rss>
`;
}
