import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PostMeta } from '@/components/post/PostMeta';
import { personHrefFrom, singleQuestionComponents } from '@/components/post/postComponents';
import { compilePost, getQuestionParams, getPeople, getPost } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { questionMetadata } from '@/lib/seo/metadata';
import { answerAnchorPath, questionPath } from '@/lib/seo/urls';
import { orPlaceholder } from '@/lib/static-params';

type Props = { params: Promise<{ slug: string; n: string }> };

export const dynamicParams = false;

/** One page per question: what a shared single answer opens, with its own preview. */
export async function generateStaticParams() {
  return orPlaceholder(await getQuestionParams(), ['slug', 'n']);
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
  const render = await compilePost(post);
  const previous = post.questions.find((q) => q.n === question.n - 1);
  const next = post.questions.find((q) => q.n === question.n + 1);
  return (
    <article className="post single-question">
      <header className="post-header">
        <p className="page-kicker">
          질문 {question.n} / {post.questions.length}
        </p>
        <h1 className="single-question-title" lang={langAttribute(post.lang)}>
          <Link href={`/posts/${post.slug}`}>{post.title}</Link>
        </h1>
        <PostMeta post={post} />
      </header>
      <div className="post-body" lang={langAttribute(post.lang)}>{render(
          singleQuestionComponents(post, question.n, personHrefFrom((await getPeople()).find)),
        )}</div>
      <p className="read-all">
        <Link href={answerAnchorPath(post, question.n)}>전체 인터뷰에서 이어 읽기</Link>
      </p>
      <nav className="question-pager" aria-label="다른 질문">
        {previous ? (
          <Link href={questionPath(post, previous.n)} rel="prev">
            <span className="pager-label">이전 질문</span> {previous.text}
          </Link>
        ) : null}
        {next ? (
          <Link href={questionPath(post, next.n)} rel="next">
            <span className="pager-label">다음 질문</span> {next.text}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
