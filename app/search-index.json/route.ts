import { getAllPosts } from '@/lib/posts';
import { buildSearchIndex } from '@/lib/search/index-data';

export const dynamic = 'force-static';

export async function GET() {
  const index = buildSearchIndex(await getAllPosts(), (post) => post.text);
  return new Response(JSON.stringify(index), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
