import { site } from '@/lib/site';
import type { Language } from '@/lib/publication/site-file';
import { en } from './en';
import { ja } from './ja';
import { ko } from './ko';
import type { Messages } from './ko';

export type { Messages } from './ko';

export const CATALOGUES: Record<Language, Messages> = { ko, en, ja };

/** The interface's words, in the language site.yaml names (Korean by default). */
export const t: Messages = CATALOGUES[site.language];

const dates = new Intl.DateTimeFormat(site.locale, { dateStyle: 'long', timeZone: 'UTC' });

/**
 * `2023-04-16` in the interface's language: 2023년 4월 16일, April 16, 2023, 2023年4月16日. UTC on
 * both sides: the date is a calendar date, not a moment.
 */
export function formatDate(isoDate: string): string {
  return dates.format(new Date(`${isoDate}T00:00:00Z`));
}

const languageNames = new Intl.DisplayNames([site.locale], { type: 'language' });

/** A content language's name in the interface's language: `en` → 영어, English, 英語. */
export function languageName(tag: string): string {
  return languageNames.of(tag) ?? tag;
}
