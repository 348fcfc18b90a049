import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Root } from 'mdast';
import { z } from 'zod';
import { closest } from '@/lib/format/suggest';
import { truncateAtWord } from '@/lib/format/text';
import { parseMarkdown, structure } from '@/lib/markdown/pipeline';
import type { SourceFormat } from '@/lib/markdown/pipeline';
import { documentText } from '@/lib/markdown/plain-text';
import { coverIn, picturesIn } from '@/lib/pictures/refs';
import { recordingIn } from '@/lib/recordings/media';
import type { ContentIssue } from './errors';
import { mdxIssues } from './mdx-rules';
import { detectLanguage, readingMinutes } from './language';
import { FRONTMATTER_KEYS, frontmatterSchema } from './schema';
import { SLUG_PATTERN, toSlug } from './slug';
import type { PostWithText } from './types';

const DESCRIPTION_LENGTH = 150;
export const PUBLIC_DIR = path.join(process.cwd(), 'public');

export type ParseResult =
  { post: PostWithText; issues?: undefined } | { post?: undefined; issues: ContentIssue[] };

// gray-matter would run `---js` frontmatter through eval; every engine but YAML is refused.
// YAML is read with the core schema: no timestamp type, so `date: 2023-13-45` stays the text the
// author wrote (and is refused) instead of silently rolling over into February 2024.
const refuse = () => {
  throw new Error('only YAML frontmatter is allowed');
};
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: (source: string) => (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object,
    js: refuse,
    javascript: refuse,
    coffee: refuse,
    json: refuse,
    toml: refuse,
  },
};

const suggestKey = (key: string) => closest(key, FRONTMATTER_KEYS);

function frontmatterIssues(
  file: string,
  error: z.ZodError,
  data: Record<string, unknown>,
): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = suggestKey(key);
        return {
          file,
          field: key,
          message: 'is not a known frontmatter field',
          hint: guess ? `did you mean "${guess}"?` : `known fields: ${FRONTMATTER_KEYS.join(', ')}`,
        };
      });
    }
    const field = issue.path.map(String).join('.');
    const written = issue.path.reduce<unknown>(
      (node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
      data,
    );
    if (issue.path.length > 0 && written === undefined) {
      return [
        {
          file,
          field,
          message: 'is required',
          hint:
            issue.path.length === 1
              ? `add "${field}: …" to the frontmatter`
              : `add "${String(issue.path.at(-1))}: …" under ${issue.path.slice(0, -1).join('.')}`,
        },
      ];
    }
    if (issue.code === 'invalid_type' && issue.expected === 'string') {
      const value = issue.path.reduce<unknown>(
        (node, key) => (node as Record<PropertyKey, unknown>)?.[key],
        data,
      );
      return [
        {
          file,
          field,
          message: `must be text, not ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${JSON.stringify(value)}`}`,
          hint: `put the value in quotes: ${field}: "${String(value)}"`,
        },
      ];
    }
    return [{ file, field, message: issue.message.replace(/^Invalid input: /, '') }];
  });
}

export const bodyHash = (body: string) => createHash('sha256').update(body).digest('hex');

/** The body of a post's text (read by readPostText), once it has been parsed without problems. */
export const bodyOf = (text: string): string => matter(text, MATTER_OPTIONS).content;

/**
 * One file's text → a validated Post, or every problem found in it.
 * `file` is the path relative to the content folder, used in messages and for the slug.
 */
export function parsePost(file: string, text: string): ParseResult {
  const format: SourceFormat = file.endsWith('.mdx') ? 'mdx' : 'md';
  const slug = file.replace(/\.mdx?$/, '');
  const issues: ContentIssue[] = [];

  if (!SLUG_PATTERN.test(slug)) {
    issues.push({
      file,
      message: 'the file name is its URL and must be lowercase ASCII words joined by hyphens',
      hint: `rename it, e.g. to "${toSlug(slug) || 'my-post'}.${format}"`,
    });
  }
  if (text.trim() === '') {
    return {
      issues: [
        ...issues,
        {
          file,
          message: 'the file is empty',
          hint: 'add frontmatter with title and date, then the text',
        },
      ],
    };
  }

  const fence = /^---[ \t]*([^\s-][^\n]*)?\r?\n/.exec(text);
  if (fence?.[1] && !/^ya?ml$/i.test(fence[1].trim())) {
    return {
      issues: [
        ...issues,
        {
          file,
          line: 1,
          message: `frontmatter in "${fence[1].trim()}" is not allowed: only YAML is read (other languages could run code)`,
          hint: 'write the frontmatter in YAML: start the file with a plain "---" line',
        },
      ],
    };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, MATTER_OPTIONS);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return {
      issues: [
        ...issues,
        {
          file,
          line: mark ? mark.line + 2 : undefined, // js-yaml counts from 0 inside the fence
          column: mark ? mark.column + 1 : undefined,
          message: `the frontmatter is not valid YAML: ${reason}`,
          hint: 'check quotes and indentation; quote values that contain ":"',
        },
      ],
    };
  }

  if (!fence) {
    issues.push({
      file,
      line: 1,
      message: 'the file has no frontmatter',
      hint: 'start it with a "---" block holding at least title and date',
    });
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) issues.push(...frontmatterIssues(file, result.error, data));
  if (!result.success || issues.length > 0) return { issues };

  const meta = result.data;
  if (meta.image?.startsWith('/') && !existsSync(path.join(PUBLIC_DIR, meta.image))) {
    return {
      issues: [
        {
          file,
          field: 'image',
          message: `public${meta.image} does not exist`,
          hint: 'put the image in public/ or use its full URL',
        },
      ],
    };
  }
  // Lines before the body, so that body positions can be reported as lines of the file.
  const lineOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
  let tree: Root;
  try {
    tree = parseMarkdown(parsed.content, format);
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    return {
      issues: [
        {
          file,
          line: line ? line + lineOffset : undefined,
          column,
          message: `the MDX does not compile: ${reason ?? (error as Error).message}`,
          hint: 'close every <Tag> you open, or save the post as .md if it is plain Markdown',
        },
      ],
    };
  }
  if (format === 'mdx') {
    const refused = mdxIssues(tree, file, lineOffset);
    if (refused.length > 0) return { issues: refused };
  }
  const pictures = picturesIn(tree, file, lineOffset);
  const cover = coverIn(meta.image, meta.imageAlt, file);
  if (pictures.issues.length + cover.issues.length > 0)
    return { issues: [...pictures.issues, ...cover.issues] };
  const recording = recordingIn(meta, file);
  if (recording.issues.length > 0) return { issues: recording.issues };
  // The same plugins, on the same tree, as the page is rendered with (lib/markdown/pipeline.ts).
  const interview = structure(tree, {
    interviewee: meta.interviewee,
    source: meta.source,
    added: meta.addedQuestions,
  });
  const count = interview.questions.length;
  const outOfRange = meta.addedQuestions.filter((position) => position > count);
  if (outOfRange.length > 0) {
    return {
      issues: [
        {
          file,
          field: 'addedQuestions',
          message: `names question ${outOfRange.join(', ')}, but the post has ${count} question${count === 1 ? '' : 's'}`,
          hint: 'list the positions, counted from the top, of the questions you added after publishing',
        },
      ],
    };
  }
  const times = (interview.times ?? []).map((t) => ({
    time: t.time,
    line: t.line === undefined ? undefined : t.line + lineOffset,
  }));
  const timeIssues = (interview.timeIssues ?? []).map((issue) => ({
    file,
    line: issue.line === undefined ? undefined : issue.line + lineOffset,
    message: issue.message,
    hint: issue.hint,
  }));
  if (times.length > 0 && !recording.recording) {
    timeIssues.push({
      file,
      line: times[0]!.line,
      message: 'the post gives times, but no recording to play them in',
      hint: 'name it in the frontmatter: audio: audio/interview.mp3 (or video:, or an https URL)',
    });
  }
  if (timeIssues.length > 0) return { issues: timeIssues };
  const lead = interview.lead;
  const plain = documentText(tree);

  return {
    post: {
      slug,
      file,
      format,
      title: meta.title,
      date: meta.date,
      category: meta.category ? { name: meta.category, slug: toSlug(meta.category) } : undefined,
      tags: meta.tags,
      draft: meta.draft,
      lang: meta.lang ?? detectLanguage(`${meta.title} ${plain}`),
      description:
        meta.description ?? truncateAtWord(lead ?? (plain || meta.title), DESCRIPTION_LENGTH),
      lead,
      source: meta.source ?? interview.source,
      interviewer: meta.interviewer ?? interview.interviewer,
      interviewee: meta.interviewee ?? interview.interviewee,
      image: cover.cover ? undefined : meta.image,
      cover: cover.cover && { ...cover.cover, alt: meta.imageAlt! },
      pictures: pictures.pictures,
      ...(recording.recording ? { recording: { ...recording.recording, times } } : {}),
      questions: interview.questions,
      ...(meta.translationKey ? { translationKey: meta.translationKey } : {}),
      ...(meta.translationOf ? { translationOf: meta.translationOf } : {}),
      translators: meta.translator ?? [],
      ...(meta.series ? { series: { name: meta.series, slug: toSlug(meta.series) } } : {}),
      ...(meta.part ? { part: meta.part } : {}),
      addedQuestions: meta.addedQuestions,
      aliases: meta.aliases.map((alias) => alias.replace(/\/+$/, '') || '/'),
      text: plain,
      readingMinutes: readingMinutes(plain),
      bodyHash: bodyHash(parsed.content),
      body: parsed.content,
    },
  };
}
