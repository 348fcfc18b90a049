import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { tagOf } from '@/lib/posts/taxonomy';
import { postPath, seriesPath, tagPath } from '@/lib/seo/urls';
import type { SeriesPlace } from '@/lib/posts/series';
import type { PersonHref } from './postComponents';
import { ShownPicture } from '@/components/markdown/Picture';
import { DECORATIVE } from '@/lib/pictures/refs';
import { PostMeta } from './PostMeta';
import { languageName, t } from '@/lib/i18n';

export function PostHeader({
  post,
  personHref = () => undefined,
  place,
  translations = [],
}: {
  post: Post;
  personHref?: PersonHref;
  /** The series the post is a part of, and where (lib/posts/series.ts). */
  place?: SeriesPlace;
  /** The same interview in other languages (lib/posts/translations.ts). */
  translations?: Post[];
}) {
  const intervieweeHref = personHref(post.interviewee);
  return (
    <header className="post-header">
      {/* A platform's video shows the cover as its poster (components/recording/VideoFacade.tsx). */}
      {post.cover?.info && !post.recording?.platform ? (
        <ShownPicture
          info={post.cover.info}
          alt={post.cover.alt === DECORATIVE ? '' : post.cover.alt}
          eager
          className="cover"
        />
      ) : null}
      {place ? (
        <p className="series-line">
          <Link href={seriesPath(place.series.slug)}>{t.series.partOf(place.series.name)}</Link>
          {' · '}
          {t.series.part(place.number, place.total)}
        </p>
      ) : null}
      <h1 lang={langAttribute(post.lang)}>{post.title}</h1>
      <PostMeta post={post} />
      <p className="post-facts">
        {t.post.readingTime(post.readingMinutes)}
        {post.questions.length > 0 ? ` · ${t.count.questions(post.questions.length)}` : ''}
        {/* The player loads nothing before play, so it cannot show the length yet. */}
        {post.recording?.info
          ? ` · ${t.recording[post.recording.kind]} ${lengthOf(post.recording.info.duration)}`
          : ''}
        {post.interviewee ? (
          <>
            {' · '}
            {t.post.interviewWith[0]}
            {intervieweeHref ? (
              <Link href={intervieweeHref}>{post.interviewee}</Link>
            ) : (
              post.interviewee
            )}
            {t.post.interviewWith[1]}
          </>
        ) : null}
      </p>
      <Translated post={post} />
      {translations.length > 0 ? (
        <p className="translations">
          {t.translation.others}:{' '}
          {translations.map((other, i) => (
            <span key={other.slug}>
              {i > 0 ? ' · ' : ''}
              <Link href={postPath(other)} hrefLang={other.lang} lang={other.lang}>
                {nativeName(other.lang)}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {post.tags.length > 0 ? (
        <nav className="tags" aria-label={t.tag.list}>
          <ul>
            {post.tags.map((name) => {
              const tag = tagOf(name);
              return (
                <li key={tag.slug}>
                  <Link href={tagPath(tag.slug)}>#{tag.name}</Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      {post.source ? (
        <p className="source">
          <a href={post.source} target="_blank" rel="noopener noreferrer">
            {t.post.source}
            <span className="sr-only">{t.post.newWindow}</span>
          </a>
          <span className="source-host"> {hostOf(post.source)}</span>
        </p>
      ) : null}
    </header>
  );
}

/** What a translated post says of its original: where it is, who published and translated it. */
function Translated({ post }: { post: Post }) {
  const original = post.translationOf;
  if (!original && post.translators.length === 0) return null;
  const language = original && languageName(original.language);
  return (
    <p className="translated">
      {original ? (
        <a href={original.url} hrefLang={original.language}>
          {t.translation.original(language!)}
          {original.title ? (
            <>
              {': '}
              <span lang={original.language}>{original.title}</span>
            </>
          ) : null}
        </a>
      ) : null}
      {original?.publisher ? ` · ${t.translation.publisher(original.publisher)}` : ''}
      {post.translators.length > 0
        ? `${original ? ' · ' : ''}${t.translation.by(post.translators.join(', '))}`
        : ''}
    </p>
  );
}

/** A language's name in itself (English, 한국어, 日本語): a reader looks for their own. */
function nativeName(tag: string): string {
  return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
}

/** A recording's length as a reader says it: `40초`, `12분`, `1시간 5분`. */
function lengthOf(seconds: number): string {
  if (seconds < 60) return t.recording.seconds(Math.round(seconds));
  const minutes = Math.round(seconds / 60);
  return minutes < 60
    ? t.recording.minutes(minutes)
    : t.recording.hours(Math.floor(minutes / 60), minutes % 60);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
