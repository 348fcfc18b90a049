import type { QuestionSummary } from '@/lib/interview/remark-interview';
import type { SourceFormat } from '@/lib/markdown/pipeline';
import type { PostPicture } from '@/lib/pictures/refs';
import type { Recording } from '@/lib/recordings/media';

/** A picture from the content folder that a share card shows (lib/og/photo.ts). */
export interface CardPhoto {
  /** The file, relative to the content folder. */
  file: string;
  /** The picture's content hash (lib/pictures/inspect.ts): a new picture draws new cards. */
  hash: string;
  /** A person's portrait (drawn round on a question card) rather than a cover. */
  portrait: boolean;
}

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
  /** Frontmatter `image` when it is a URL or a site path (a file in public/). */
  image?: string;
  /** Frontmatter `image` when it is a picture beside the post, with its alt text (`imageAlt`). */
  cover?: PostPicture & { alt: string };
  /**
   * The photo drawn into its share cards: the cover, else the interviewee's portrait
   * (people.yaml). Set by the loader once both are examined; none means text-only cards.
   */
  cardPhoto?: CardPhoto;
  /** The pictures of its text that are files beside the post, in order. */
  pictures: PostPicture[];
  /** Frontmatter `audio` or `video`: what its timed blocks play (lib/recordings/). */
  recording?: Recording;
  /** Frontmatter `translationKey`: the same interview in other languages (./translations.ts). */
  translationKey?: string;
  /** The outside original this post translates (frontmatter `translationOf`). */
  translationOf?: { url: string; language: string; title?: string; publisher?: string };
  translators: string[];
  /** The series this post is a part of (./series.ts). */
  series?: { name: string; slug: string };
  /** Frontmatter `part`: its place in the series, when not by date. */
  part?: number;
  /** Old site paths that redirect here (./aliases.ts). */
  aliases: string[];
  /** Frontmatter `addedQuestions` (lib/interview/anchors.ts). */
  addedQuestions: number[];
  /** In the pages' posts (getAllPosts), each answer's text is its opening only (./for-pages.ts). */
  questions: QuestionSummary[];
  /** Estimated reading time in whole minutes (Hangul/Han/kana by character, others by word). */
  readingMinutes: number;
  /**
   * SHA-256 of the body (hex). The pages' posts do not hold the body (it is read when a page
   * renders it, ./body.ts): this stands for it in the page cache's keys and checks the read.
   */
  bodyHash: string;
}

/**
 * A post as it is read from its file, with its text: the body as the author wrote it and as
 * plain text. The pages' posts leave both out (./for-pages.ts): every build process holds every
 * post, and a page reads only its own post's body (./body.ts).
 */
export interface PostWithText extends Post {
  /** Body without frontmatter, as the author wrote it. */
  body: string;
  /** The body as plain text, blocks separated by spaces (search, reading time). */
  text: string;
}
