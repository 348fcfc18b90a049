import { llmsFullTxt } from '@/lib/llms/llms-txt';
import { getAllPosts } from '@/lib/posts';
import { postBody } from '@/lib/posts/body';

export const dynamic = 'force-static';

export async function GET() {
  // The pages' posts hold no body (lib/posts/for-pages.ts): read them for this one file.
  const posts = await Promise.all(
    (await getAllPosts()).map(async (post) => ({ ...post, body: await postBody(post) })),
  );
  return new Response(llmsFullTxt(posts), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
