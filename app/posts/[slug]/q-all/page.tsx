import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionArticle } from '@/components/post/QuestionArticle';
import { personHrefFrom } from '@/components/post/postComponents';
import { compilePost, getPeople, getPost, getQuestionParams } from '@/lib/posts';
import { questionHead, questionMetadata } from '@/lib/seo/metadata';
import { pagesToRender } from '@/lib/static-params';

type Props = { params: Promise<{ slug: string }> };

/**
 * Every question page of a post in one render, for `npm run build`: each page's article in a
 * `data-question-page` block, with what its <head> needs in `data-question-head`. The <head>
 * Next writes is the first question's. scripts/question-pages.mjs writes
 * /posts/<slug>/q/<n>.html from it and deletes this page; Next renders a page in ~30 ms of
 * CPU, so a post's seven question pages cost one render instead of seven.
 */
export const dynamicParams = false;

export async function generateStaticParams() {
  const slugs = [...new Set((await getQuestionParams()).map(({ slug }) => slug))];
  return pagesToRender(
    ({ slug }) => `post:${slug}`,

    slugs.map((slug) => ({ slug })),
    ['slug'],
  );
}

async function find(params: Props['params']) {
  const post = await getPost((await params).slug);
  return post && post.questions.length > 0 ? post : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await find(params);
  return post ? questionMetadata(post, post.questions[0]!) : {};
}

export default async function QuestionPages({ params }: Props) {
  const post = await find(params);
  if (!post) notFound();
  const render = await compilePost(post);
  const personHref = personHrefFrom((await getPeople()).find);
  return post.questions.map((question) => {
    const head = questionHead(post, question);
    return (
      <div key={question.n} data-question-page={question.n}>
        <div
          hidden
          data-question-head=""
          data-title={head.title}
          data-description={head.description}
          data-url={head.url}
          data-image={head.image}
          data-image-alt={head.imageAlt}
        />
        <QuestionArticle post={post} question={question} render={render} personHref={personHref} />
      </div>
    );
  });
}
