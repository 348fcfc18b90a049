import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { closest, editDistance } from '@/lib/format/suggest';
import { readYamlMapping } from '@/lib/format/yaml-mapping';
import type { ContentIssue } from '@/lib/posts/errors';
import { isLocalPicture, resolvePicture } from '@/lib/pictures/refs';

/**
 * `site.yaml` in the content folder (optional): the publication itself, so that a publisher's
 * files are the content folder and the software upgrades without touching them.
 *
 *   name: 대담                                  # shown in the header, titles, feeds, cards
 *   description: 질문과 답으로 읽는 인터뷰 아카이브
 *   language: ko                                # the interface: ko (default), en or ja
 *   publisher: { name: 대담 편집부, url: https://daedam.example/about }
 *   author: 대담 편집부                          # feeds and JSON-LD when a post names nobody
 *   links: [https://github.com/daedam]          # the publication elsewhere (sameAs, rel=me)
 *   icon: images/icon.png                       # square picture beside site.yaml
 *
 * Per-deployment settings stay in the environment (SITE_URL, BASE_PATH; lib/site.ts).
 */
export const SITE_FILE = 'site.yaml';

export const LANGUAGES = ['ko', 'en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

const schema = z.strictObject({
  name: text.optional(),
  description: text.optional(),
  language: z.string({ error: 'must be ko, en or ja' }).trim().default('ko'),
  publisher: z
    .strictObject(
      { name: text, url: httpUrl.optional() },
      { error: 'must be a mapping with name (and url)' },
    )
    .optional(),
  author: text.optional(),
  links: z.array(httpUrl, { error: 'must be a list of URLs' }).default([]),
  icon: text.optional(),
});

export const SITE_FIELDS = Object.keys(schema.shape);

export interface SiteSettings {
  /** Absent: the interface's own default (lib/i18n). */
  name?: string;
  description?: string;
  language: Language;
  /** The language as written, canonical (`en-GB`): `<html lang>`, dates, feeds. */
  locale: string;
  publisher?: { name: string; url?: string };
  author?: string;
  links: string[];
  /** The icon, relative to the content folder. */
  icon?: string;
}

export type SiteFileResult = { settings: SiteSettings; issues: ContentIssue[] };

/** `en-gb` → `en-GB`; undefined for what is not a language tag. */
function canonicalTag(value: string): string | undefined {
  try {
    return /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(value)
      ? Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0]
      : undefined;
  } catch {
    return undefined;
  }
}

/** The 1-based line where a top-level field is written, for messages. */
function lineOf(source: string, field: string): number | undefined {
  const at = source.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return at < 0 ? undefined : at + 1;
}

/** Reads and validates `site.yaml` in `dir`; no file is every default. Never throws. */
export function readSiteFile(dir: string): SiteFileResult {
  let source: string;
  try {
    source = readFileSync(path.join(dir, SITE_FILE), 'utf8');
  } catch {
    return { settings: { language: 'ko', locale: 'ko', links: [] }, issues: [] };
  }
  return parseSiteFile(source);
}

export function parseSiteFile(source: string): SiteFileResult {
  const file = SITE_FILE;
  const fallback: SiteSettings = { language: 'ko', locale: 'ko', links: [] };
  const { data, issue } = readYamlMapping(source, file, {
    yamlHint: 'check quotes and indentation; quote values that contain ":"',
    notMapping: 'must be a mapping of fields',
    mappingHint: 'e.g. "name: 대담"',
  });
  if (issue) return { settings: fallback, issues: [issue] };
  const issues: ContentIssue[] = [];
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const prefix = issue.path.map(String).join('.');
        for (const key of issue.keys) {
          const known = prefix === 'publisher' ? ['name', 'url'] : SITE_FIELDS;
          const guess = closest(key, known);
          issues.push({
            file,
            field: prefix ? `${prefix}.${key}` : key,
            line: prefix ? undefined : lineOf(source, key),
            message: `is not a known field of ${file}`,
            hint: guess ? `did you mean "${guess}"?` : `known fields: ${known.join(', ')}`,
          });
        }
        continue;
      }
      const field = issue.path.map(String).join('.');
      const top = String(issue.path[0] ?? '');
      issues.push({
        file,
        field,
        line: top ? lineOf(source, top) : undefined,
        message: issue.message.replace(/^Invalid input: /, ''),
      });
    }
    return { settings: fallback, issues };
  }
  const { language, icon, ...rest } = result.data;
  const settings: SiteSettings = { ...rest, language: 'ko', locale: 'ko' };
  // A language tag in any case, with a region (`EN`, `en-GB`, `ko-KR`): its language's
  // words, its own spelling for `<html lang>` and its dates (16 April 2023 in en-GB).
  const locale = canonicalTag(language);
  const base = (locale ?? language).toLowerCase().split(/[-_]/)[0] ?? '';
  if (locale && (LANGUAGES as readonly string[]).includes(base)) {
    settings.language = base as Language;
    settings.locale = locale;
  } else {
    // `kr`, `jp`, `korean`, `fr`: what the publisher most likely meant, or what there is.
    const named: Record<string, Language> = {
      kr: 'ko',
      korean: 'ko',
      jp: 'ja',
      japanese: 'ja',
      english: 'en',
    };
    const guess = (LANGUAGES as readonly string[]).includes(base)
      ? base
      : // Two-letter codes are all two edits apart: only a one-letter slip (`kp`) is guessed.
        (named[base] ?? LANGUAGES.find((known) => editDistance(base, known) <= 1));
    issues.push({
      file,
      field: 'language',
      line: lineOf(source, 'language'),
      message: `"${language}" is not an interface language this site has (ko, en, ja)`,
      hint: guess ? `did you mean "${guess}"?` : 'write ko, en or ja',
    });
  }
  if (icon) {
    const resolved = isLocalPicture(icon) ? resolvePicture(file, icon) : undefined;
    if (resolved) settings.icon = resolved;
    else
      issues.push({
        file,
        field: 'icon',
        line: lineOf(source, 'icon'),
        message: `must be a picture inside the content folder, written relative to ${file} (got "${icon}")`,
        hint: 'e.g. icon: images/icon.png (a square picture, at least 512×512)',
      });
  }
  return { settings, issues };
}
