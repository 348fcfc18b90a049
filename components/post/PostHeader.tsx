import Link from 'next/link';
import type { Post } from '@/lib/posts';
import { langAttribute } from '@/lib/posts/language';
import { tagOf } from '@/lib/posts/taxonomy';
import { tagPath } from '@/lib/seo/urls';
import type { PersonHref } from './postComponents';
import { ShownPicture } from '@/components/markdown/Picture';
import { DECORATIVE } from '@/lib/pictures/refs';
import { PostMeta } from './PostMeta';

export function PostHeader({
  post,
  personHref = () => undefined,
}: {
  post: Post;
  personHref?: PersonHref;
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
      <h1 lang={langAttribute(post.lang)}>{post.title}</h1>
      <PostMeta post={post} />
      <p className="post-facts">
        약 {post.readingMinutes}분
        {post.questions.length > 0 ? ` · 질문 ${post.questions.length}개` : ''}
        {/* The player loads nothing before play, so it cannot show the length yet. */}
        {post.recording?.info
          ? ` · ${post.recording.kind === 'video' ? '영상' : '녹음'} ${lengthOf(post.recording.info.duration)}`
          : ''}
        {post.interviewee ? (
          <>
            {' · '}
            {intervieweeHref ? (
              <Link href={intervieweeHref}>{post.interviewee}</Link>
            ) : (
              post.interviewee
            )}{' '}
            인터뷰
          </>
        ) : null}
      </p>
      {post.tags.length > 0 ? (
        <nav className="tags" aria-label="태그">
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
            원문 보기<span className="sr-only"> (새 창)</span>
          </a>
          <span className="source-host"> {hostOf(post.source)}</span>
        </p>
      ) : null}
    </header>
  );
}

/** A recording's length as a reader says it: `40초`, `12분`, `1시간 5분`. */
function lengthOf(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}초`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60
    ? `${minutes}분`
    : `${Math.floor(minutes / 60)}시간${minutes % 60 ? ` ${minutes % 60}분` : ''}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
