import type { Post, PostWithText } from './types';

/**
 * The most of an answer any summary reads: a person's excerpt segments the first
 * 3 × 160 characters of the answer (lib/people/directory.ts) and a question's description the
 * first 160 after the question (lib/seo/metadata.ts).
 */
export const ANSWER_OPENING = 480;

/**
 * The start of `text` holding ANSWER_OPENING characters that are not whitespace (so at least as
 * many of any kind): whatever a summary cuts or collapses, it finds the same characters here.
 */
export function openingOf(text: string): string {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!) && ++seen > ANSWER_OPENING) return text.slice(0, i);
  }
  return text;
}

/**
 * What the pages keep of a post. Every build process holds every post, so what a page does
 * not need of the others is left out: the body (a page reads its own, ./body.ts), the plain
 * text (only the search index uses it, and the content check writes that) and all of an
 * answer but its opening (a page shows answers from the body; the summaries only preview
 * them). At 5,000 posts the three were ~80 MB a process (bench/README.md: memory).
 */
export function forPages({ body, text, ...post }: PostWithText): Post {
  void body;
  void text;
  return {
    ...post,
    questions: post.questions.map((q) => ({
      ...q,
      answers: q.answers.map((a) => ({ ...a, text: openingOf(a.text) })),
    })),
  };
}
