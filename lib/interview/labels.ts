/**
 * Speaker labels: the `Barron's:` in `**Barron's: 질문?**` or the `LeCun:` in `LeCun: 답.`
 *
 * A label is short name-like text before the first ASCII or full-width colon. The checks keep
 * ordinary sentences that happen to contain a colon ("결론: …" is still allowed, "다음과 같이
 * 말했습니다, 즉: …" is not) from being mistaken for a speaker.
 */
// After the colon: spaces, the end of the text, or directly a non-ASCII letter (`기자:질문`),
// never `/` or a digit, so `https://…` and `10:30` are not labels.
const LABEL = /^([^:：\n]{1,40}?)\s*[:：](?:\s+|$|(?=[^\x00-\x7F]))/;
const MAX_WORDS = 5;
const NOT_IN_NAMES = /[?!,;"“”«»()[\]{}<>|*_`=\\/]|https?$/i;

export interface LabelMatch {
  speaker: string;
  /** Number of characters of the text the label (colon and following spaces included) covers. */
  length: number;
}

export function isSpeakerName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  if (/^\d/.test(trimmed)) return false;
  if (NOT_IN_NAMES.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= MAX_WORDS;
}

/** Reads a speaker label at the very start of `text`, or returns null. */
export function matchLabel(text: string): LabelMatch | null {
  const match = LABEL.exec(text);
  if (!match || match[1] === undefined) return null;
  const speaker = match[1].trim();
  if (!isSpeakerName(speaker)) return null;
  return { speaker, length: match[0].length };
}
