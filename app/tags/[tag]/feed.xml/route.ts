import { rssResponse, noFeed } from '@/lib/feed/responses';
import { tagFeed, tagParams } from '@/lib/feed/sources';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = tagParams;

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const source = await tagFeed((await params).tag);
  return source ? rssResponse(source) : noFeed();
}
