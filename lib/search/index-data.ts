import { answerText } from '@/lib/interview/remark-interview';
import type { Post } from '@/lib/posts';

/**
 * The search index shipped as /search-index.json: the text of every Q&A block (and of every
 * article without questions), compact arrays instead of objects to keep the file small.
 * Built at build time; read only by the search page.
 */
export interface SearchIndex {
  /** [slug, title, date] */
  posts: Array<[string, string, string]>;
  /** [post index, question number (0 = the whole article), question, speakers, answer] */
  entries: Array<[number, number, string, string, string]>;
}

export function buildSearchIndex<P extends Post>(
  posts: P[],
  articleText: (post: P) => string,
): SearchIndex {
  return {
    posts: posts.map((post) => [post.slug, post.title, post.date]),
    entries: posts.flatMap((post, index): SearchIndex['entries'] => {
      if (post.questions.length === 0) return [[index, 0, '', '', articleText(post)]];
      return post.questions.map((q) => [
        index,
        q.n,
        q.text,
        [q.speaker, ...q.answerSpeakers].filter(Boolean).join(' '),
        answerText(q),
      ]);
    }),
  };
}
