import Link from 'next/link';
import { ShownPicture } from '@/components/markdown/Picture';
import { JsonLd } from '@/components/post/JsonLd';
import { FeedLinks } from '@/components/post/FeedLinks';
import { Pager } from '@/components/post/Pager';
import type { Person, PersonAnswer } from '@/lib/people/directory';
import type { Post } from '@/lib/posts';
import type { PageOf } from '@/lib/posts/paginate';
import { langAttribute } from '@/lib/posts/language';
import { personJsonLd } from '@/lib/seo/json-ld';
import { answerAnchorPath, personPath, postPath } from '@/lib/seo/urls';
import { formatKoreanDate } from '@/lib/format/date';
import { sitePath } from '@/lib/site';

function Interviews({ id, title, posts }: { id: string; title: string; posts: Post[] }) {
  if (posts.length === 0) return null;
  return (
    <section className="person-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="page-count">{posts.length}편</span>
      </h2>
      <ul className="person-interviews">
        {posts.map((post) => (
          <li key={post.slug}>
            <Link href={postPath(post)} lang={langAttribute(post.lang)}>
              {post.title}
            </Link>{' '}
            <time dateTime={post.date}>{formatKoreanDate(post.date)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AnswerItem({ answer }: { answer: PersonAnswer }) {
  const lang = langAttribute(answer.post.lang);
  return (
    <li>
      <Link
        href={answerAnchorPath(answer.post, answer.n)}
        className="person-answer-question"
        lang={lang}
      >
        {answer.question}
      </Link>
      <p className="person-answer-excerpt" lang={lang}>
        {answer.excerpt}
      </p>
      <p className="post-meta">
        <span lang={lang}>{answer.post.title}</span> · 질문 {answer.n} ·{' '}
        <time dateTime={answer.post.date}>{formatKoreanDate(answer.post.date)}</time>
      </p>
    </li>
  );
}

/** A person's page: who they are, their interviews, and one page of their answers. */
export function PersonPage({ person, answers }: { person: Person; answers: PageOf<PersonAnswer> }) {
  const first = answers.page === 1;
  return (
    <>
      {first ? <JsonLd data={personJsonLd(person)} /> : null}
      {person.photo?.info ? (
        <ShownPicture
          info={person.photo.info}
          alt={`${person.name}의 사진`}
          eager
          sizes="10rem"
          className="portrait"
        />
      ) : null}
      <h1 className="page-title">
        <span className="page-kicker">사람{first ? '' : ` · 답변 ${answers.page}쪽`}</span>{' '}
        {person.name}
      </h1>
      {person.aliases.length > 0 ? (
        <p className="person-aliases">다른 표기: {person.aliases.join(', ')}</p>
      ) : null}
      {person.description ? <p className="person-description">{person.description}</p> : null}
      {first ? <FeedLinks base={sitePath(personPath(person.slug))} name={person.name} /> : null}
      {first && person.links.length > 0 ? (
        <ul className="person-links">
          {person.links.map((link) => (
            <li key={link}>
              <a href={link} rel="me noopener noreferrer" target="_blank">
                {new URL(link).host}
                <span className="sr-only"> (새 창)</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {first ? (
        <>
          <Interviews id="gave-title" title="인터뷰한 대담" posts={person.gave} />
          <Interviews id="conducted-title" title="진행한 대담" posts={person.conducted} />
        </>
      ) : null}
      {person.answers.length > 0 ? (
        <section className="person-section" aria-labelledby="answers-title">
          <h2 id="answers-title">
            답변 <span className="page-count">{person.answers.length}개</span>
          </h2>
          <ol className="person-answers">
            {answers.items.map((answer) => (
              <AnswerItem key={`${answer.post.slug}-${answer.n}`} answer={answer} />
            ))}
          </ol>
          <Pager
            page={answers.page}
            pages={answers.pages}
            firstHref={personPath(person.slug)}
            pageHref={(n) => `${personPath(person.slug)}/page/${n}`}
          />
        </section>
      ) : null}
    </>
  );
}
