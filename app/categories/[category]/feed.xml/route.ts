import { rssResponse, noFeed } from '@/lib/feed/responses';
import { categoryFeed, categoryParams } from '@/lib/feed/sources';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = categoryParams;

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ category: string }> },
) {
  const source = await categoryFeed((await params).category);
  return source ? rssResponse(source) : noFeed();
}
