import type { SKRSContext2D } from '@napi-rs/canvas';

/**
 * Text on a share card: one family (Pretendard, ./fonts.ts), lines wrapped the way the site's
 * pages wrap Korean (`word-break: keep-all`: at spaces, never inside a word unless the word
 * alone is wider than the line), and cut to a number of lines with an ellipsis instead of
 * running off the card.
 */
export interface TextStyle {
  size: number;
  weight: 400 | 700 | 800;
  color: string;
  /** Pixels between letters (negative tightens large type). */
  tracking?: number;
}

export function setFont(ctx: SKRSContext2D, { size, weight, color, tracking = 0 }: TextStyle) {
  ctx.font = `${weight} ${size}px Pretendard`;
  ctx.fillStyle = color;
  ctx.letterSpacing = `${tracking}px`;
}

const ELLIPSIS = '…';

/** A word wider than the line, in pieces that fit (one character at least a piece). */
function splitWord(ctx: SKRSContext2D, word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && ctx.measureText(piece + char).width > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The lines `text` takes at `width` in the context's font, at most `maxLines`. */
export function wrapLines(
  ctx: SKRSContext2D,
  text: string,
  width: number,
  maxLines: number,
): string[] {
  // Spaces, tabs and line ends collapse as CSS collapses them; a no-break space stays inside
  // its word, as on the page.
  const words = text.split(/[ \t\n\r\f]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line ? `${line} ${word}` : word;
    if (ctx.measureText(joined).width <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const pieces = ctx.measureText(word).width > width ? splitWord(ctx, word, width) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1)!;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(ctx, `${kept[maxLines - 1]} `, width);
  return kept;
}

/** The line shortened until it fits with an ellipsis after it. */
function withEllipsis(ctx: SKRSContext2D, line: string, width: number): string {
  const chars = [...line];
  while (chars.length > 0 && ctx.measureText(chars.join('').trimEnd() + ELLIPSIS).width > width)
    chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/** Height of a line box of `lineHeight` times the size: what a block of `lines` lines takes. */
export const blockHeight = (style: TextStyle, lines: number, lineHeight: number) =>
  lines * style.size * lineHeight;

/**
 * Draws `lines` from `top`, each in a line box of `lineHeight` times the size with the
 * glyphs centred in it as CSS does; `align: 'right'` ends each line at `x`.
 */
export function drawLines(
  ctx: SKRSContext2D,
  style: TextStyle,
  lines: string[],
  x: number,
  top: number,
  lineHeight: number,
  align: 'left' | 'right' = 'left',
) {
  setFont(ctx, style);
  ctx.textAlign = align;
  ctx.textBaseline = 'alphabetic';
  const metrics = ctx.measureText('가');
  const ascent = metrics.fontBoundingBoxAscent;
  const content = ascent + metrics.fontBoundingBoxDescent;
  const box = style.size * lineHeight;
  lines.forEach((line, i) => ctx.fillText(line, x, top + i * box + (box - content) / 2 + ascent));
}

/** Width of one line of `text` in `style`. */
export function textWidth(ctx: SKRSContext2D, style: TextStyle, text: string): number {
  setFont(ctx, style);
  return ctx.measureText(text).width;
}
