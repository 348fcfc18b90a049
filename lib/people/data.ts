import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readYamlMapping } from '@/lib/format/yaml-mapping';
import type { ContentIssue } from '@/lib/posts/errors';
import { SLUG_PATTERN } from '@/lib/posts/slug';
import { inspectPicture, PictureProblem } from '@/lib/pictures/inspect';
import { isLocalPicture, resolvePicture } from '@/lib/pictures/refs';
import type { PostPicture } from '@/lib/pictures/refs';

/**
 * `people.yaml` in the content folder (optional): who is who across the archive.
 *
 *   Yann LeCun:                       # the display name
 *     aliases: [LeCun, 얀 르쿤]        # other spellings used as speaker labels
 *     description: 메타 수석 AI 과학자
 *     links: [https://yann.lecun.com]  # sameAs
 *     slug: yann-lecun                 # optional; else derived from the name
 *     photo: images/lecun.jpg          # optional portrait, beside people.yaml (lib/pictures/)
 */
export const PEOPLE_FILE = 'people.yaml';

const text = z.string().trim().min(1, 'must not be empty');

const entrySchema = z
  .strictObject({
    aliases: z.array(text, { error: 'must be a list of names, e.g. [LeCun, 얀 르쿤]' }).default([]),
    description: text.optional(),
    links: z
      .array(z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }), {
        error: 'must be a list of URLs',
      })
      .default([]),
    slug: z
      .string()
      .regex(SLUG_PATTERN, 'must be lowercase ASCII words joined by hyphens')
      .optional(),
    photo: text.optional(),
  })
  .nullable()
  .transform((entry) => entry ?? { aliases: [], links: [] });

export type PersonData = Omit<z.output<typeof entrySchema>, 'photo'> & {
  name: string;
  /** The portrait, a picture beside people.yaml, examined (lib/pictures/inspect.ts). */
  photo?: PostPicture;
};

export type PeopleDataResult = { people: PersonData[]; issues: ContentIssue[] };

/** Reads and validates people.yaml, and examines the portraits it names; no file is no data. */
export async function readPeopleData(dir: string): Promise<PeopleDataResult> {
  let source: string;
  try {
    source = await readFile(path.join(dir, PEOPLE_FILE), 'utf8');
  } catch {
    return { people: [], issues: [] };
  }
  const { people, issues } = parsePeopleData(source);
  for (const person of people) {
    if (!person.photo) continue;
    try {
      person.photo.info = await inspectPicture(path.join(dir, person.photo.file));
    } catch (error) {
      if (!(error instanceof PictureProblem)) throw error;
      issues.push({
        file: PEOPLE_FILE,
        field: `${person.name}.photo`,
        message: `the picture "${person.photo.src}" ${error.message}`,
        hint: error.hint,
      });
      delete person.photo;
    }
  }
  return { people, issues };
}

/** `photo:` as written → the portrait's file in the content folder, or what is wrong with it. */
function portrait(
  name: string,
  photo: string | undefined,
): { photo?: PostPicture; issue?: ContentIssue } {
  if (!photo) return {};
  const field = `${name}.photo`;
  const file = isLocalPicture(photo) ? resolvePicture(PEOPLE_FILE, photo) : undefined;
  if (!file) {
    return {
      issue: {
        file: PEOPLE_FILE,
        field,
        message: `must be a picture inside the content folder, written relative to ${PEOPLE_FILE} (got "${photo}")`,
        hint: 'e.g. photo: images/lecun.jpg',
      },
    };
  }
  return { photo: { src: photo, file } };
}

export function parsePeopleData(source: string): PeopleDataResult {
  const file = PEOPLE_FILE;
  const { data, issue } = readYamlMapping(source, file, {
    yamlHint: 'check quotes and indentation',
    notMapping: 'must map each display name to its details',
    mappingHint: 'e.g. "Yann LeCun:\\n  aliases: [LeCun]"',
  });
  if (issue) return { people: [], issues: [issue] };
  const people: PersonData[] = [];
  const issues: ContentIssue[] = [];
  for (const [name, value] of Object.entries(data)) {
    const result = entrySchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = [name, ...issue.path.map(String)].join('.');
        const message =
          issue.code === 'unrecognized_keys'
            ? `has unknown fields ${issue.keys.join(', ')}`
            : issue.message.replace(/^Invalid input: /, '');
        issues.push({
          file,
          field,
          message,
          hint:
            issue.code === 'unrecognized_keys'
              ? 'known fields: aliases, description, links, slug, photo'
              : undefined,
        });
      }
      continue;
    }
    if (name.trim() === '') {
      issues.push({ file, message: 'a person has an empty name' });
      continue;
    }
    const { photo, issue } = portrait(name.trim(), result.data.photo);
    if (issue) issues.push(issue);
    people.push({ name: name.trim(), ...result.data, photo });
  }
  return { people, issues };
}
