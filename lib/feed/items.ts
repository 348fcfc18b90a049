import type { Post } from '@/lib/posts';
import { answerAnchorPath, postImageUrl, postPath } from '@/lib/seo/urls';
import { absoluteUrl } from '@/lib/site';
import { recordingAbsoluteUrl } from '@/lib/recordings/media';
import type { Recording } from '@/lib/recordings/media';
import { chaptersPath, hasTimedRecording, transcriptPath } from '@/lib/recordings/transcript';
import { t } from '@/lib/i18n';
import { bylineOf } from '@/lib/people/byline';

/** How many of the newest posts the feeds carry. */
export const FEED_SIZE = 30;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  /** HTML: the summary and the list of questions, each linking to its answer. */
  html: string;
  date: string;
  category?: string;
  tags: string[];
  image: string;
  author?: string;
  /** BCP 47 language of the post. */
  language: string;
  /** A recorded post is a podcast episode: its recording, transcript and chapters. */
  recording?: {
    url: string;
    type: string;
    /** Bytes, when the file is ours (an https recording's size is not known at build). */
    length?: number;
    duration?: number;
    transcript?: string;
    chapters?: string;
  };
}

/** A post as a feed entry; every piece of post text is escaped here, once. */
export function feedItem(post: Post): FeedItem {
  const questions = post.questions
    .map(
      (q) =>
        `<li><a href="${escapeHtml(absoluteUrl(answerAnchorPath(post, q.n)))}">${escapeHtml(q.text)}</a></li>`,
    )
    .join('');
  return {
    url: absoluteUrl(postPath(post)),
    title: post.title,
    summary: post.description,
    html:
      `<p>${escapeHtml(post.description)}</p>` +
      (questions
        ? `<p>${escapeHtml(t.feed.questions(post.questions.length))}</p><ol>${questions}</ol>`
        : ''),
    date: new Date(`${post.date}T00:00:00+09:00`).toISOString(),
    category: post.category?.name,
    tags: post.tags,
    image: postImageUrl(post),
    author: bylineOf(post),
    language: post.lang,
    // A platform's video is a page, not a file a podcast app can download: no enclosure.
    ...(post.recording && !post.recording.platform
      ? { recording: recordingOf(post, post.recording) }
      : {}),
  };
}

function recordingOf(post: Post, recording: Recording): NonNullable<FeedItem['recording']> {
  const timed = hasTimedRecording(post);
  return {
    url: recordingAbsoluteUrl(recording),
    type: recording.type,
    ...(recording.info ? { length: recording.info.bytes, duration: recording.info.duration } : {}),
    ...(timed
      ? { transcript: absoluteUrl(transcriptPath(post)), chapters: absoluteUrl(chaptersPath(post)) }
      : {}),
  };
}
