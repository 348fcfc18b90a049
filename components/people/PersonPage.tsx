import Link from 'next/link';
import { ShownPicture } from '@/components/markdown/Picture';
import { JsonLd } from '@/components/post/JsonLd';
import { FeedLinks } from '@/components/post/FeedLinks';
import { Pager } from '@/components/post/Pager';
import { PostLine } from '@/components/post/PostLine';
import type { Person, PersonAnswer } from '@/lib/people/directory';
import type { Post } from '@/lib/posts';
import type { PageOf } from '@/lib/posts/paginate';
import { langAttribute } from '@/lib/posts/language';
import { personJsonLd } from '@/lib/seo/json-ld';
import { answerAnchorPath, personPath } from '@/lib/seo/urls';
import { formatDate, t } from '@/lib/i18n';
import { sitePath } from '@/lib/site';

function Interviews({ id, title, posts }: { id: string; title: string; posts: Post[] }) {
  if (posts.length === 0) return null;
  return (
    <section className="person-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="page-count">{t.count.items(posts.length)}</span>
      </h2>
      <ul className="person-interviews">
        {posts.map((post) => (
          <PostLine key={post.slug} post={post} />
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
        <span lang={lang}>{answer.post.title}</span> · {t.people.question(answer.n)} ·{' '}
        <time dateTime={answer.post.date}>{formatDate(answer.post.date)}</time>
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
          alt={t.people.photo(person.name)}
          eager
          sizes="10rem"
          className="portrait"
        />
      ) : null}
      <h1 className="page-title">
        <span className="page-kicker">
          {t.people.kicker}
          {first ? '' : ` · ${t.people.answersPage(answers.page)}`}
        </span>{' '}
        {person.name}
      </h1>
      {person.aliases.length > 0 ? (
        <p className="person-aliases">
          {t.people.aliases}: {person.aliases.join(', ')}
        </p>
      ) : null}
      {person.description ? <p className="person-description">{person.description}</p> : null}
      {first ? <FeedLinks base={sitePath(personPath(person.slug))} name={person.name} /> : null}
      {first && person.links.length > 0 ? (
        <ul className="person-links">
          {person.links.map((link) => (
            <li key={link}>
              <a href={link} rel="me noopener noreferrer" target="_blank">
                {new URL(link).host}
                <span className="sr-only">{t.post.newWindow}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {first ? (
        <>
          <Interviews id="gave-title" title={t.people.gaveTitle} posts={person.gave} />
          <Interviews
            id="conducted-title"
            title={t.people.conductedTitle}
            posts={person.conducted}
          />
        </>
      ) : null}
      {person.answers.length > 0 ? (
        <section className="person-section" aria-labelledby="answers-title">
          <h2 id="answers-title">
            {t.people.answersTitle}{' '}
            <span className="page-count">{t.count.number(person.answers.length)}</span>
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
