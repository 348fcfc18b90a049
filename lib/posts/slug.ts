import { createHash } from 'node:crypto';

/** A post slug is its file name: lowercase ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Revised Romanization of Korean, letter by letter (no sound-change rules): stable and readable.
// prettier-ignore
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
// prettier-ignore
const VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
// prettier-ignore
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

export function romanizeHangul(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) {
      out += char;
      continue;
    }
    out +=
      INITIALS[Math.floor(code / 588)]! +
      VOWELS[Math.floor((code % 588) / 28)]! +
      FINALS[code % 28]!;
  }
  return out;
}

/**
 * An ASCII URL segment for a display name (category, tag): `NLP` → `nlp`,
 * `인공 지능` → `ingong-jineung`. Names with nothing to transliterate get a short hash.
 */
export function toSlug(name: string): string {
  const ascii = romanizeHangul(name.normalize('NFC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii) return ascii;
  return `c-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}
