import { getAllPosts, getPost } from '@/lib/posts';
import { cardPng } from '@/lib/og/card-png';
import { postCard } from '@/lib/og/cards-for';
import { pngResponse } from '@/lib/og/render';
import { PLACEHOLDER } from '@/lib/static-params';

/**
 * A post's share card in `next dev`. `npm run build` does not export this route: the content
 * check draws every card beside the build, one thread a core (lib/og/card-files.ts), and the
 * build moves them in. A route ending in .png serves a real /posts/<slug>/og.png.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

const isDev = process.env.NODE_ENV === 'development';

export async function generateStaticParams() {
  if (!isDev) return [{ slug: PLACEHOLDER }];
  return (await getAllPosts()).map((post) => ({ slug: post.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = isDev ? await getPost((await params).slug) : undefined;
  if (!post) return new Response('Not found', { status: 404 });
  return pngResponse(await cardPng(postCard(post)));
}
