import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionArticle } from '@/components/post/QuestionArticle';
import { personHrefFrom } from '@/components/post/postComponents';
import { compilePost, getQuestionParams, getPeople, getPost } from '@/lib/posts';
import { questionMetadata } from '@/lib/seo/metadata';
import { PLACEHOLDER } from '@/lib/static-params';

type Props = { params: Promise<{ slug: string; n: string }> };

/**
 * One page per question, in `next dev`: what a shared single answer opens, with its own
 * preview. `npm run build` writes these pages from the post page's render instead
 * (components/post/QuestionPagesBundle.tsx, scripts/question-pages.mjs): one render a post,
 * not one a question, and the same head (lib/seo/metadata.ts: questionMetadata).
 */
export const dynamicParams = false;

const isDev = process.env.NODE_ENV === 'development';

export async function generateStaticParams() {
  if (!isDev) return [{ slug: PLACEHOLDER, n: PLACEHOLDER }];
  return getQuestionParams();
}

async function find(params: Props['params']) {
  const { slug, n } = await params;
  const post = await getPost(slug);
  const question = post?.questions.find((q) => String(q.n) === n);
  return post && question ? { post, question } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  return found ? questionMetadata(found.post, found.question) : {};
}

export default async function QuestionPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { post, question } = found;
  return (
    <QuestionArticle
      post={post}
      question={question}
      render={await compilePost(post)}
      personHref={personHrefFrom((await getPeople()).find)}
    />
  );
}
