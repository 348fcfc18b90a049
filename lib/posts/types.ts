import type { QuestionSummary } from '@/lib/interview/remark-interview';
import type { SourceFormat } from '@/lib/markdown/pipeline';

export interface Category {
  name: string;
  /** ASCII URL segment: /categories/<slug> */
  slug: string;
}

export interface Post {
  slug: string;
  /** Path relative to the content folder, for messages. */
  file: string;
  format: SourceFormat;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  category?: Category;
  tags: string[];
  draft: boolean;
  /** BCP 47 language of the content: frontmatter `lang`, else detected (lib/posts/language.ts). */
  lang: string;
  /** Frontmatter description, else the lead, else the opening text, trimmed. */
  description: string;
  lead?: string;
  /** Original article: frontmatter `source`, else the bare URL at the top of the post. */
  source?: string;
  interviewer?: string;
  interviewee?: string;
  image?: string;
  /** In the pages' posts (getAllPosts), each answer's text is its opening only (./for-pages.ts). */
  questions: QuestionSummary[];
  /** Estimated reading time in whole minutes (Hangul/Han/kana by character, others by word). */
  readingMinutes: number;
  /** Body without frontmatter, as the author wrote it. */
  body: string;
}

/**
 * A post as the content check reads it, with its body as plain text (blocks separated by
 * spaces) for the search index. The pages do without it (lib/posts/index.ts): every build
 * process holds every post, and the text is as large as the body again.
 */
export interface PostWithText extends Post {
  text: string;
}
