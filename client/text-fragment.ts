/**
 * URL Fragment Text Directives (https://wicg.github.io/scroll-to-text-fragment/):
 * `#q-3:~:text=[prefix-,]start[,end][,-suffix]`. Browsers strip the directive from `location`,
 * but the navigation entry keeps the URL as it was opened.
 */

/** `-`, `&` and `,` separate a directive's parts: they, and everything non-ASCII, are escaped. */
export const encodePart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** The words (as the language segments them) at the start or the end of `text`. */
export function edgeWords(text: string, count: number, fromEnd: boolean, lang: string): string {
  const segments = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)];
  if (fromEnd) segments.reverse();
  let words = 0;
  let cut = segments.length;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i]!.isWordLike && ++words > count) {
      cut = i;
      break;
    }
  }
  const kept = segments.slice(0, cut);
  if (fromEnd) kept.reverse();
  return kept
    .map((s) => s.segment)
    .join('')
    .trim();
}

/**
 * The directive for `quote` (paragraphs separated by `\n`): the whole text when it is one
 * short paragraph, else its first and last words; `prefix` (the words before it) when the
 * start alone would match earlier in the page.
 */
export function textDirective(quote: string, lang: string, prefix?: string): string {
  const paragraphs = quote
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = paragraphs[0] ?? '';
  const last = paragraphs.at(-1) ?? '';
  const short = paragraphs.length === 1 && edgeWords(first, 10, false, lang) === first;
  const parts = short
    ? [encodePart(first)]
    : [encodePart(edgeWords(first, 5, false, lang)), encodePart(edgeWords(last, 5, true, lang))];
  if (prefix) parts.unshift(`${encodePart(prefix)}-`);
  return `text=${parts.join(',')}`;
}

/** The directive this page was opened with (`text=…`), if any. */
export function arrivedDirective(): string | null {
  const entry = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  const url = entry?.name ?? '';
  const at = url.indexOf(':~:');
  return at < 0 ? null : url.slice(at + 3);
}

/** The text the directive starts at (its `textStart`), decoded. */
export function directiveStart(directive: string): string | null {
  const match = /(?:^|&)text=([^&]*)/.exec(directive);
  if (!match) return null;
  const start = match[1]!.split(',').find((part) => !part.endsWith('-'));
  try {
    return start ? decodeURIComponent(start) : null;
  } catch {
    return null;
  }
}

/**
 * A share page opened with a text directive passes it on: "전체 인터뷰에서 이어 읽기" opens the
 * interview at the same quote.
 */
export function carryDirectiveToInterview(): void {
  const directive = arrivedDirective();
  const link = document.querySelector<HTMLAnchorElement>('.read-all a[href*="#q-"]');
  const href = link?.getAttribute('href');
  if (directive && link && href)
    link.setAttribute('href', `${href.split(':~:')[0]}:~:${directive}`);
}
