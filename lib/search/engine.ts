import type { SearchIndex } from './index-data';

/**
 * Korean-aware search over the index: substring matching, so the middle of a word matches
 * (`포머` → `트랜스포머`) and particles do not block a match (`키보드` → `키보드라고`); a query
 * word that ends in a particle also tries its stem (`키보드를` → `키보드`). Latin letters, accents and
 * full-width forms fold to lower-case ASCII. Every word of the query must match somewhere in
 * the block (title, question, speakers or answer).
 */

/** Lower-case, full-width ASCII → ASCII, accented Latin letters → their base letter (`é` →
 * `e`); one output character per input character, so match offsets in the folded text are
 * offsets in the original. Hangul is never decomposed. */
export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    let ascii = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
    // Latin-1 Supplement and Latin Extended-A/B: the first character of the decomposition.
    if (code >= 0xc0 && code < 0x250) {
      const base = ascii.normalize('NFD')[0]!;
      if (base.charCodeAt(0) < 0x80) ascii = base;
    }
    const lower = ascii.toLowerCase();
    out += lower.length === ascii.length ? lower : ascii;
  }
  return out;
}

// Longest first, so `에서는` is tried before `는`.
const PARTICLES = [
  '에서는',
  '으로는',
  '에게서',
  '이라고',
  '이라는',
  '라고',
  '라는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '처럼',
  '보다',
  '이나',
  '이랑',
  '하고',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '랑',
];

/** A query word and, when it ends in a particle and keeps two syllables without it, its stem. */
export function variants(word: string): string[] {
  const folded = fold(word);
  const particle = PARTICLES.find(
    (p) => folded.endsWith(p) && [...folded].length - [...p].length >= 2,
  );
  return particle ? [folded, folded.slice(0, -particle.length)] : [folded];
}

export interface Highlighted {
  text: string;
  /** [start, end) ranges to mark. */
  marks: Array<[number, number]>;
}

export interface SearchResult {
  slug: string;
  postTitle: string;
  date: string;
  n: number;
  question: Highlighted;
  speakers: Highlighted;
  snippet: Highlighted;
  score: number;
}

export const WEIGHTS = { question: 4, title: 3, speakers: 3, answer: 1 } as const;
const CONTEXT = 60;

function rangesOf(folded: string, needles: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (
      let at = folded.indexOf(needle);
      at !== -1;
      at = folded.indexOf(needle, at + needle.length)
    ) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Merge overlaps so marks never nest.
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** A window of `text` around its first mark, with marks shifted into the window. */
function excerpt(text: string, marks: Array<[number, number]>): Highlighted {
  if (text.length <= CONTEXT * 2 + 20) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - CONTEXT);
  let end = Math.min(text.length, start + CONTEXT * 2 + 20);
  if (end - start < CONTEXT * 2 + 20) start = Math.max(0, end - CONTEXT * 2 - 20);
  // Start and end on word boundaries where there is one nearby.
  const space = text.lastIndexOf(' ', start);
  if (start > 0 && space !== -1 && start - space < 12) start = space + 1;
  const after = text.indexOf(' ', end);
  if (end < text.length && after !== -1 && after - end < 12) end = after;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  return {
    text: prefix + text.slice(start, end) + suffix,
    marks: marks
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s - start + prefix.length, e - start + prefix.length] as [number, number]),
  };
}

/** The order of blocks with equal scores: newest post first, then slug, then question. The
 * sharded index numbers its blocks in this order (lib/search/shards.ts). */
export function archiveOrder(
  a: { date: string; slug: string; n: number },
  b: { date: string; slug: string; n: number },
): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug) || a.n - b.n;
}

export interface PreparedIndex {
  index: SearchIndex;
  folded: Array<{ title: string; question: string; speakers: string; answer: string }>;
}

/** Folds every text once, when the index arrives, not on every keystroke. */
export function prepare(index: SearchIndex): PreparedIndex {
  return {
    index,
    folded: index.entries.map(([post, , question, speakers, answer]) => ({
      title: fold(index.posts[post]?.[1] ?? ''),
      question: fold(question),
      speakers: fold(speakers),
      answer: fold(answer),
    })),
  };
}

export function search(prepared: PreparedIndex, query: string, limit = 50): SearchResult[] {
  const words = query.trim().split(/\s+/).filter(Boolean).map(variants);
  if (words.length === 0) return [];
  const results: SearchResult[] = [];

  prepared.index.entries.forEach((entry, i) => {
    const fields = prepared.folded[i]!;
    let score = 0;
    const found: string[] = [];
    for (const options of words) {
      let best = 0;
      let needle: string | undefined;
      for (const option of options) {
        for (const field of ['question', 'title', 'speakers', 'answer'] as const) {
          if (fields[field].includes(option) && WEIGHTS[field] > best) {
            best = WEIGHTS[field];
            needle = option;
          }
        }
        if (needle) break; // the exact word found: its stem is not needed
      }
      if (!needle) return; // every word must match
      score += best;
      found.push(needle);
    }

    const [postIndex, n, question, speakers, answer] = entry;
    const [slug, postTitle, date] = prepared.index.posts[postIndex]!;
    results.push({
      slug,
      postTitle,
      date,
      n,
      question: { text: question, marks: rangesOf(fields.question, found) },
      speakers: { text: speakers, marks: rangesOf(fields.speakers, found) },
      snippet: excerpt(answer, rangesOf(fields.answer, found)),
      score,
    });
  });

  return results.sort((a, b) => b.score - a.score || archiveOrder(a, b)).slice(0, limit);
}
