import { z } from 'zod';
import { isLocalPicture } from '@/lib/pictures/refs';
import { canonicalLanguage } from './language';

/**
 * Frontmatter of a post. Unknown keys are refused so that a typo (`titel:`) fails the build
 * instead of silently dropping a field.
 */
const text = z.string().trim().min(1, 'must not be empty');

/**
 * `date`: YYYY-MM-DD, quoted or not. Frontmatter YAML is read without timestamp types
 * (lib/posts/parse.ts), so this always sees the text the author wrote.
 */
const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .trim()
  // A full ISO timestamp (`2024-01-01T10:00:00+09:00`) is accepted; its calendar date, as
  // written, is the post's date.
  .transform((value, ctx) => {
    const match =
      /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
        value,
      );
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not written as YYYY-MM-DD` });
      return z.NEVER;
    }
    const [y, m, d] = match.slice(1, 4).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date` });
      return z.NEVER;
    }
    return value.slice(0, 10);
  });

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** `lang`: a BCP 47 language tag (`en`, `ja`, `en-GB`), stored in its canonical spelling. */
const languageTag = text.transform((value, ctx) => {
  const canonical = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value)
    ? canonicalLanguage(value)
    : null;
  if (!canonical) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a BCP 47 language tag (e.g. ko, en, ja, en-GB)`,
    });
    return z.NEVER;
  }
  return canonical;
});

export const frontmatterSchema = z.strictObject({
  title: text,
  date: isoDate,
  category: text.optional(),
  draft: z.boolean({ error: 'must be true or false (without quotes)' }).default(false),
  description: text.optional(),
  tags: z.array(text, { error: 'must be a list of words, e.g. [AI, LLM]' }).default([]),
  source: httpUrl.optional(),
  interviewer: text.optional(),
  interviewee: text.optional(),
  lang: languageTag.optional(),
  image: text
    .refine(
      (value) =>
        /^https?:\/\/\S+$/i.test(value) || /^\/[^\s]*$/.test(value) || isLocalPicture(value),
      {
        error:
          'must be a picture beside the post (images/cover.jpg), an absolute http(s) URL or a site path starting with / (a file in public/)',
      },
    )
    .optional(),
  /** What the cover shows, for readers who cannot see it (`-`: decorative). */
  imageAlt: text.optional(),
  /** The interview's recording: a file beside the post or an https URL (lib/recordings/). */
  audio: text.optional(),
  video: text.optional(),
  /** Posts that are the same interview in other languages share a key (lib/posts/translations.ts). */
  translationKey: text.optional(),
  /** The outside original this post translates, and who translated it. */
  translationOf: z
    .strictObject(
      {
        url: httpUrl,
        language: languageTag,
        title: text.optional(),
        publisher: text.optional(),
      },
      { error: 'must be a mapping with url and language (and title, publisher)' },
    )
    .optional(),
  translator: z
    .union([text.transform((name) => [name]), z.array(text)], {
      error: 'must be a name or a list of names',
    })
    .optional(),
  /** A series this post is a part of (lib/posts/series.ts), and which part when not by date. */
  series: text.optional(),
  part: z
    .number({ error: 'must be a whole number, e.g. part: 2' })
    .int('must be a whole number, e.g. part: 2')
    .positive('must be 1 or more')
    .optional(),
  /** Old paths of this post, each published as a redirect here (lib/posts/aliases.ts). */
  aliases: z
    .array(
      text.refine(
        (value) => /^\/[A-Za-z0-9._~\-/%]*$/.test(value) && !/(^|\/)\.\.?(\/|$)/.test(value),
        {
          error: 'must be a site path such as /posts/old-name (ASCII, starting with /)',
        },
      ),
      { error: 'must be a list of old paths, e.g. [/posts/old-name]' },
    )
    .default([]),
  /** Positions of questions added after publishing: they keep later numbers (lib/interview/anchors.ts). */
  addedQuestions: z
    .array(z.number().int().positive(), {
      error: 'must be a list of question positions, e.g. [3]',
    })
    .default([]),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
export const FRONTMATTER_KEYS = Object.keys(frontmatterSchema.shape);
