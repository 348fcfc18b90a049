import { jsonFeedResponse, noFeed } from '@/lib/feed/responses';
import { personFeed, personParams } from '@/lib/feed/sources';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = personParams;

export async function GET(_request: Request, { params }: { params: Promise<{ person: string }> }) {
  const source = await personFeed((await params).person);
  return source ? jsonFeedResponse(source) : noFeed();
}
