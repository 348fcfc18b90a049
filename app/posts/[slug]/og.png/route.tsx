import { getAllPosts, getPost } from '@/lib/posts';
import { postCardPng } from '@/lib/og/cards-for';
import { pngResponse } from '@/lib/og/render';
import { orPlaceholder } from '@/lib/static-params';

// A route ending in .png exports a real /posts/<slug>/og.png file (metadata image routes
// would export files without an extension, served as octet-stream).
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return orPlaceholder((await getAllPosts()).map((post) => ({ slug: post.slug })), ['slug']);
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = await getPost((await params).slug);
  if (!post) return new Response('Not found', { status: 404 });
  return pngResponse(await postCardPng(post));
}
