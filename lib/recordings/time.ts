/**
 * Moments in a recording, as a writer marks them at the start of a question or an answer:
 * `[12:34]` (minutes:seconds) or `[1:02:03]` (hours:minutes:seconds), followed by a space.
 */

/**
 * A leading `[…]` that looks like a time: digits and colons, at least one colon (`[1]`, a
 * numbered question, stays text).
 */
const LEADING = /^\[(\d*:[\d:]*)\]\s*/;

export type TimeMark =
  { ok: true; seconds: number; length: number } | { ok: false; written: string; length: number };

/**
 * The time a block's text starts with, and how many characters it takes (with the space
 * after it); `null` when the text does not start with a bracketed number. A bracket that looks
 * like a time but is not one (`[3:7]`, `[1:75]`) is returned as not ok, for the error.
 */
export function leadingTime(text: string): TimeMark | null {
  const match = LEADING.exec(text);
  if (!match) return null;
  const written = match[1]!;
  const seconds = parseTime(written);
  return seconds === null
    ? { ok: false, written, length: match[0].length }
    : { ok: true, seconds, length: match[0].length };
}

/** `m:ss` or `h:mm:ss` in seconds, or null for anything else. */
export function parseTime(written: string): number | null {
  const match = /^(?:(\d+):([0-5]\d):([0-5]\d)|(\d+):([0-5]\d))$/.exec(written);
  if (!match) return null;
  if (match[1] !== undefined)
    return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  return Number(match[4]) * 60 + Number(match[5]);
}

/** Seconds as a reader reads them: `3:20`, `1:02:03`. */
export function formatTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** WebVTT's timestamp: `00:03:20.000`. */
export function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = String(Math.floor(ms / 3_600_000)).padStart(2, '0');
  const m = String(Math.floor((ms % 3_600_000) / 60_000)).padStart(2, '0');
  const s = String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0');
  return `${h}:${m}:${s}.${String(ms % 1000).padStart(3, '0')}`;
}

export const TIME_HINT = 'write it as [m:ss] or [h:mm:ss], e.g. [3:20] or [1:02:03]';
