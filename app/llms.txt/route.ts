import { llmsTxt } from '@/lib/llms/llms-txt';
import { getAllPosts } from '@/lib/posts';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(llmsTxt(await getAllPosts()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
