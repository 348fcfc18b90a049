import { getQuestionParams, getPost } from '@/lib/posts';
import { questionCardPng } from '@/lib/og/cards-for';
import { pngResponse } from '@/lib/og/render';
import { orPlaceholder } from '@/lib/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return orPlaceholder(await getQuestionParams(), ['slug', 'n']);
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  const post = await getPost(slug);
  if (!post) return new Response('Not found', { status: 404 });
  return pngResponse(await questionCardPng(post, Number(n)));
}
