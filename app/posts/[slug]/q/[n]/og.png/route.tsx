import { getQuestionParams, getPost } from '@/lib/posts';
import { cardPng } from '@/lib/og/card-png';
import { questionCard } from '@/lib/og/cards-for';
import { pngResponse } from '@/lib/og/render';
import { PLACEHOLDER } from '@/lib/static-params';

/** A question's share card in `next dev`; the build draws them beside (../../../og.png/route.tsx). */
export const dynamic = 'force-static';
export const dynamicParams = false;

const isDev = process.env.NODE_ENV === 'development';

export async function generateStaticParams() {
  if (!isDev) return [{ slug: PLACEHOLDER, n: PLACEHOLDER }];
  return getQuestionParams();
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; n: string }> },
) {
  const { slug, n } = await params;
  const post = isDev ? await getPost(slug) : undefined;
  if (!post?.questions.some((q) => String(q.n) === n))
    return new Response('Not found', { status: 404 });
  return pngResponse(await cardPng(questionCard(post, Number(n))));
}
