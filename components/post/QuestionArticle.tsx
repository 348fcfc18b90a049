import Link from 'next/link';
import { PostMeta } from '@/components/post/PostMeta';
import { singleQuestionComponents } from '@/components/post/postComponents';
import type { PersonHref } from '@/components/post/postComponents';
import type { QuestionSummary } from '@/lib/interview/remark-interview';
import type { RenderWith } from '@/lib/markdown/render';
import type { Post } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { answerAnchorPath, questionPath } from '@/lib/seo/urls';
import { t } from '@/lib/i18n';

interface Props {
  post: Post;
  question: QuestionSummary;
  render: RenderWith;
  personHref: PersonHref;
}

/** A question's share page: its block alone, the way back to the interview, its neighbours. */
export function QuestionArticle({ post, question, render, personHref }: Props) {
  // By position, not number: a question inserted after publishing keeps a later number
  // (lib/interview/anchors.ts).
  const at = post.questions.findIndex((q) => q.n === question.n);
  const previous = post.questions[at - 1];
  const next = post.questions[at + 1];
  return (
    <article className="post single-question">
      <header className="post-header">
        <p className="page-kicker">{t.question.position(at + 1, post.questions.length)}</p>
        <h1 className="single-question-title" lang={langAttribute(post.lang)}>
          <Link href={`/posts/${post.slug}`}>{post.title}</Link>
        </h1>
        <PostMeta post={post} />
      </header>
      <div className="post-body" lang={langAttribute(post.lang)}>
        {render(singleQuestionComponents(post, question.n, personHref))}
      </div>
      <p className="read-all">
        <Link href={answerAnchorPath(post, question.n)}>{t.question.continue}</Link>
      </p>
      <nav className="question-pager" aria-label={t.question.nav}>
        {previous ? (
          <Link href={questionPath(post, previous.n)} rel="prev">
            <span className="pager-label">{t.question.previous}</span> {previous.text}
          </Link>
        ) : null}
        {next ? (
          <Link href={questionPath(post, next.n)} rel="next">
            <span className="pager-label">{t.question.next}</span> {next.text}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
