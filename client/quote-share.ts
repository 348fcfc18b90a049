import { withMoment } from './recording';
import { announce } from './share-answer';
import { textDirective } from './text-fragment';
import * as ui from '@ui-text';

/**
 * "인용 공유": select words inside an answer and share them as a quote with a link that opens
 * the interview at that sentence, highlighted (a text fragment, `#q-N:~:text=…`; browsers
 * without text fragments still land on `#q-N`). The button appears next to the selection
 * (for pointers) and in the block's own share controls (for keyboards and screen readers);
 * a selection that leaves its answer is trimmed to the answer it starts in.
 */
interface Quote {
  qa: HTMLElement;
  controls: HTMLElement;
  text: string;
  /** The directive for the fragment (`text=…`). */
  directive: string;
  speaker: string;
}

const SKIP = '.speaker, .sr-only, .qa-share';
const BLOCKS = 'p, li, blockquote, td, th, pre, h1, h2, h3, h4, h5, h6';

/** The answer's text nodes as the reader sees them, with a line break between blocks. */
function textOf(answer: Element) {
  const walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Array<{ node: Text; at: number }> = [];
  let full = '';
  let block: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.closest(BLOCKS) ?? null;
    if (full && parent !== block) full += '\n';
    block = parent;
    nodes.push({ node, at: full.length });
    full += node.data;
  }
  return { full, nodes };
}

/** Moves [from, to) out to whole words, as text fragments only match whole words. */
function wholeWords(text: string, from: number, to: number, lang: string): [number, number] {
  for (const { index, segment, isWordLike } of new Intl.Segmenter(lang, {
    granularity: 'word',
  }).segment(text)) {
    const end = index + segment.length;
    if (!isWordLike) continue;
    if (index < from && from < end) from = index;
    if (index < to && to < end) to = end;
  }
  return [from, to];
}

function currentQuote(): Quote | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  const answer = start?.closest('.answer');
  const qa = answer?.closest<HTMLElement>('.qa');
  const controls = qa?.querySelector<HTMLElement>('.qa-share');
  if (!answer || !qa || !controls || start?.closest(SKIP)) return null;

  const { full, nodes } = textOf(answer);
  let from = -1;
  let to = -1;
  for (const { node, at } of nodes) {
    const length = node.data.length;
    const a =
      range.comparePoint(node, 0) < 0
        ? node === range.startContainer
          ? range.startOffset
          : length
        : 0;
    const b =
      range.comparePoint(node, length) > 0
        ? node === range.endContainer
          ? range.endOffset
          : 0
        : length;
    if (a >= b) continue;
    if (from < 0) from = at + a;
    to = at + b;
  }
  if (from < 0) return null;
  const lang = answer.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
  [from, to] = wholeWords(full, from, to, lang);
  const text = full
    .slice(from, to)
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
  if (!text) return null;

  // The start alone may match earlier in the interview: then the words before it say where.
  const body = document.querySelector('.post-body')?.textContent?.replace(/\s+/g, ' ') ?? '';
  const firstLine = text.split('\n')[0]!;
  const before = full.slice(0, from).replace(/\s+/g, ' ').trim();
  const ambiguous =
    body.indexOf(firstLine.slice(0, 60)) !== body.lastIndexOf(firstLine.slice(0, 60));
  const prefix = ambiguous && before ? before.split(' ').slice(-3).join(' ') : undefined;

  const speaker = (answer.querySelector(':scope > .speaker')?.textContent ?? '').replace(
    /[:\s]+$/,
    '',
  );
  return { qa, controls, text, directive: textDirective(text, lang, prefix), speaker };
}

function quoteLink(quote: Quote): string {
  const n = quote.controls.dataset.n;
  return withMoment(
    `${location.origin}${quote.controls.dataset.postPath}#q-${n}:~:${quote.directive}`,
    quote.qa,
  );
}

function attribution(quote: Quote): string {
  const by = [quote.speaker, quote.controls.dataset.quoteSource].filter(Boolean).join(', ');
  return `“${quote.text.replace(/\n/g, ' ')}”${by ? ` — ${by}` : ''}`;
}

async function shareQuote(quote: Quote) {
  const text = attribution(quote);
  const url = quoteLink(quote);
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ text, url });
      return;
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(`${text}\n${url}`);
    announce(quote.controls, ui.quoteCopied);
  } catch {
    announce(quote.controls, ui.quoteCopyFailed);
  }
}

export function enhanceQuoteSharing(): void {
  if (!document.querySelector('.qa .answer') || typeof Intl.Segmenter !== 'function') return;
  let quote: Quote | null = null;

  const floating = document.createElement('button');
  floating.type = 'button';
  floating.className = 'quote-float';
  floating.textContent = ui.quoteShare;
  // Pointer users press it next to the selection; keyboards use the block's own button.
  floating.tabIndex = -1;
  floating.hidden = true;
  document.body.append(floating);

  const blockButtons = () =>
    document.querySelectorAll<HTMLButtonElement>('.qa-share [data-action="quote"]');

  const update = () => {
    const next = currentQuote();
    // Focus on a quote button (keyboard) must not lose the quote it is about to share.
    if (!next && document.activeElement?.closest('[data-action="quote"]')) return;
    quote = next;
    blockButtons().forEach((button) => {
      button.classList.toggle('is-available', button.closest('.qa') === quote?.qa);
    });
    if (!quote) {
      floating.hidden = true;
      return;
    }
    const rects = getSelection()!.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return;
    floating.hidden = false;
    const width = floating.offsetWidth;
    floating.style.left = `${Math.max(8, Math.min(last.right + scrollX - width / 2, document.documentElement.clientWidth - width - 8))}px`;
    floating.style.top = `${last.bottom + scrollY + 8}px`;
  };

  let scheduled = false;
  document.addEventListener('selectionchange', () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  });
  // Pressing a button must not clear the selection it shares.
  const keepSelection = (event: Event) => {
    if ((event.target as Element).closest('.quote-float, [data-action="quote"]'))
      event.preventDefault();
  };
  document.addEventListener('mousedown', keepSelection);
  floating.addEventListener('click', () => quote && void shareQuote(quote));
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('.qa-share [data-action="quote"]');
    if (button && quote && button.closest('.qa') === quote.qa) void shareQuote(quote);
  });
}
