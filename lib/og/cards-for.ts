import { formatDate, t } from '@/lib/i18n';
import type { Post } from '@/lib/posts';
import { cardFormat, postImagePath, questionImagePath, SITE_IMAGE_PATH } from '@/lib/seo/urls';
import { site } from '@/lib/site';
import type { PostCardInput, QuestionCardInput } from './cards';
import type { CardPhoto } from '@/lib/posts/types';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which card goes where. A card is plain data (its kind, its inputs, its path in the site), so
 * the build can hand it to a drawing thread; the inputs are the cache key: same inputs, same
 * PNG, no redraw.
 */
export type Card = {
  /** Site path of the image, as the pages link it ("/posts/<slug>/og.png", og.jpg with a photo). */
  path: string;
  /** A photo card is a JPEG; a card of text and flat colours a palette PNG. */
  format: 'png' | 'jpeg';
  /** Names the card in an error: a card that cannot be drawn stops the build there. */
  what: string;
} & ({ kind: 'post'; input: PostCardInput } | { kind: 'question'; input: QuestionCardInput });

/** The publisher's icon as a card draws it, by content hash (a new icon draws new cards). */
let iconKey: { icon: CardPhoto } | undefined | null = null;
const icon = () => (iconKey === null ? (iconKey = readIcon()) : iconKey);
function readIcon(): { icon: CardPhoto } | undefined {
  if (!site.icon) return undefined;
  const hash = createHash('sha256')
    .update(readFileSync(path.join(site.postsDir, site.icon)))
    .digest('hex');
  return { icon: { file: site.icon, hash, portrait: false } };
}

const countsOf = (n: number) => ({
  short: t.count.questions(n),
  long: `${t.card.interview} · ${t.count.questions(n)}`,
});

export function postCard(post: Post): Card {
  return {
    kind: 'post',
    path: postImagePath(post),
    format: cardFormat(post),
    what: `the preview card of ${post.file}`,
    input: {
      title: post.title,
      interviewee: post.interviewee,
      questionCount: post.questions.length,
      counts: countsOf(post.questions.length),
      date: formatDate(post.date),
      siteName: site.name,
      ...(post.cardPhoto && { photo: post.cardPhoto }),
      ...icon(),
    },
  };
}

export function questionCard(post: Post, n: number): Card {
  const at = post.questions.findIndex((q) => q.n === n);
  const question = post.questions[at];
  return {
    kind: 'question',
    path: questionImagePath(post, n),
    format: cardFormat(post),
    what: `the preview card of question ${n} of ${post.file}`,
    input: {
      postTitle: post.title,
      question: question?.text ?? post.title,
      asker: question?.speaker,
      answerer: question?.answerSpeaker,
      n,
      total: post.questions.length,
      answerLabel: t.card.answer,
      position: t.question.position(at + 1, post.questions.length),
      siteName: site.name,
      ...(post.cardPhoto && { photo: post.cardPhoto }),
      ...icon(),
    },
  };
}

export function siteCard(): Card {
  return {
    kind: 'post',
    path: SITE_IMAGE_PATH,
    format: 'png',
    what: 'the site’s preview card',
    input: {
      title: site.description,
      questionCount: 0,
      counts: countsOf(0),
      date: '',
      siteName: site.name,
      ...icon(),
    },
  };
}

/** Every card of these published posts: one a post, one a question when they have pages. */
export function cardsOf(posts: Post[]): Card[] {
  return posts.flatMap((post) => [
    postCard(post),
    ...(site.questionPages ? post.questions.map((q) => questionCard(post, q.n)) : []),
  ]);
}
