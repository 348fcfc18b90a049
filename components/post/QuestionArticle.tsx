import Link from 'next/link';
import { PostMeta } from '@/components/post/PostMeta';
import { singleQuestionComponents } from '@/components/post/postComponents';
import type { PersonHref } from '@/components/post/postComponents';
import type { QuestionSummary } from '@/lib/interview/remark-interview';
import type { RenderWith } from '@/lib/markdown/render';
import type { Post } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { answerAnchorPath, questionPath } from '@/lib/seo/urls';

interface Props {
  post: Post;
  question: QuestionSummary;
  render: RenderWith;
  personHref: PersonHref;
}

/** A question's share page: its block alone, the way back to the interview, its neighbours. */
export function QuestionArticle({ post, question, render, personHref }: Props) {
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
      <div className="post-body" lang={langAttribute(post.lang)}>
        {render(singleQuestionComponents(post, question.n, personHref))}
      </div>
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
