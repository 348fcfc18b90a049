import { jsonFeedResponse, siteFeed } from '@/lib/feed/responses';
import { getAllPosts } from '@/lib/posts';

export const dynamic = 'force-static';

export async function GET() {
  return jsonFeedResponse(await siteFeed(getAllPosts()));
}
