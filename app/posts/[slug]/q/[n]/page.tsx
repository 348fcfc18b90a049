import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionArticle } from '@/components/post/QuestionArticle';
import { personHrefFrom } from '@/components/post/postComponents';
import { compilePost, getQuestionParams, getPeople, getPost } from '@/lib/posts';
import { questionMetadata } from '@/lib/seo/metadata';
import { pagesToRender } from '@/lib/static-params';

type Props = { params: Promise<{ slug: string; n: string }> };

/**
 * One page per question: what a shared single answer opens, with its own preview. Its pages
 * belong to their post's page group (pipeline/page-cache/plan.ts); the post's compiled body is shared with
 * the post page rendered in the same process (lib/markdown/render.ts keeps it).
 */
export const dynamicParams = false;

export async function generateStaticParams() {
  return pagesToRender(({ slug }) => `post:${slug}`, await getQuestionParams(), ['slug', 'n']);
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
