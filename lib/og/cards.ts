import { createCanvas, ImageData, Path2D } from '@napi-rs/canvas';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import type { CardPhoto } from '@/lib/posts/types';
import { blockHeight, drawLines, setFont, textWidth, wrapLines } from './card-text';
import type { TextStyle } from './card-text';

/**
 * The two 1200×630 preview cards, drawn on a canvas (./render.ts): a post's (and the site's)
 * and a question's. Each is a column of header, text and footer spread over the card as CSS
 * `justify-content: space-between` would. Long text gets smaller type, then is cut after a
 * few lines with an ellipsis instead of overflowing the card. Bump CARD_VERSION when the
 * design changes so cached PNGs are redrawn.
 */
export const CARD_VERSION = 10;

/**
 * How hard each kind of card is deflated. A question card (flat paper and text) at level 4 is
 * ~0.6 KB larger than at 6 and takes ~1 ms less of the ~10 ms it costs, over thousands of
 * cards; a post card's gradient needs level 6 to stay under 30 KB with a long title
 * (bench/README.md).
 */
export const DEFLATE_LEVEL = { post: 6, question: 4 } as const;
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Where a card shows the post's photo (./photo.ts cuts it to this box): a post card gives it
 * the right two-fifths, full height; a question card a small one beside who answers.
 */
export const PHOTO_BOX = {
  post: { width: 480, height: CARD_SIZE.height },
  question: { width: 96, height: 96 },
} as const;

/** Photo pixels as ./photo.ts cuts them (a structural type: this module loads no sharp). */
interface Photo {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Puts `photo` on the card at x, y, clipped to `clip` when given (the photo's own box). */
function drawPhoto(ctx: SKRSContext2D, photo: Photo, x: number, y: number, clip?: Path2D) {
  const image = new ImageData(photo.data, photo.width, photo.height);
  if (!clip) return ctx.putImageData(image, x, y);
  // putImageData ignores the clip: the photo goes through a canvas of its own.
  const own = createCanvas(photo.width, photo.height);
  own.getContext('2d').putImageData(image, 0, 0);
  ctx.save();
  ctx.translate(x, y);
  ctx.clip(clip);
  ctx.drawImage(own, 0, 0);
  ctx.restore();
}

const INK = '#14213d';
const PAPER = '#fbfaf7';
const ACCENT = '#1f5fae';
const SOFT = '#e6eef8';
const MUTED = '#5b6472';

/** Larger type for short text, smaller for long, so every title fits its lines. */
export function fitFontSize(text: string, steps: ReadonlyArray<readonly [number, number]>): number {
  const length = [...text].length;
  for (const [maxLength, size] of steps) if (length <= maxLength) return size;
  return steps.at(-1)![1];
}

// The site's icon (public/icon.svg): a speech bubble and the outline of a reply, on a 64 grid.
const BUBBLE = new Path2D(
  'M14 18h24a6 6 0 0 1 6 6v10a6 6 0 0 1-6 6H26l-8 7v-7h-4a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6z',
);
const REPLY = new Path2D('M46 26h4a6 6 0 0 1 6 6v8a6 6 0 0 1-6 6h-2v6l-7-6h-9');
const QUOTE = new Path2D(
  'M0 68V40C0 17 11 4 34 0l4 10C25 14 19 22 18 34h16v34H0zm46 0V40c0-23 11-36 34-40l4 10c-13 4-19 12-20 24h16v34H46z',
);

const WORDMARK_SIZE = 52;
/** The publisher's icon is cut to the wordmark's square. */
export const ICON_BOX = { width: WORDMARK_SIZE, height: WORDMARK_SIZE };
const WORDMARK_TEXT = { size: 36, weight: 800, tracking: -1 } as const;

/**
 * The icon in its rounded square and the site's name beside it; returns its width. The
 * publisher's icon (site.yaml) when there is one, else the software's mark.
 */
function drawWordmark(
  ctx: SKRSContext2D,
  name: string,
  x: number,
  y: number,
  onDark: boolean,
  icon?: Photo,
): number {
  if (icon) {
    const shape = new Path2D();
    shape.roundRect(0, 0, WORDMARK_SIZE, WORDMARK_SIZE, 14);
    drawPhoto(ctx, icon, x, y, shape);
    return drawName(ctx, name, x, y, onDark);
  }
  ctx.fillStyle = onDark ? PAPER : ACCENT;
  ctx.beginPath();
  ctx.roundRect(x, y, WORDMARK_SIZE, WORDMARK_SIZE, 14);
  ctx.fill();
  const ink = onDark ? ACCENT : PAPER;
  ctx.save();
  ctx.translate(x + 6, y + 6);
  ctx.scale(40 / 64, 40 / 64);
  ctx.fillStyle = ink;
  ctx.fill(BUBBLE);
  ctx.strokeStyle = ink;
  ctx.lineWidth = 3.5;
  ctx.lineJoin = 'round';
  ctx.stroke(REPLY);
  ctx.restore();
  return drawName(ctx, name, x, y, onDark);
}

function drawName(ctx: SKRSContext2D, name: string, x: number, y: number, onDark: boolean) {
  const text = { ...WORDMARK_TEXT, color: onDark ? PAPER : INK };
  const left = x + WORDMARK_SIZE + 16;
  drawLines(ctx, text, [name], left, y + (WORDMARK_SIZE - lineBox(text)) / 2, NORMAL);
  return left + textWidth(ctx, text, name) - x;
}

/** CSS `line-height: normal`, as a multiple of the size: the font's ascent plus descent. */
const NORMAL = 1.2;
const lineBox = (style: TextStyle) => style.size * NORMAL;

/** A name in a rounded badge, its left edge at `x` and centred on `middle`; returns its width. */
function drawPill(
  ctx: SKRSContext2D,
  style: TextStyle,
  background: string,
  text: string,
  x: number,
  middle: number,
): number {
  const width = textWidth(ctx, style, text) + 44;
  const height = pillHeight(style);
  ctx.fillStyle = background;
  ctx.beginPath();
  ctx.roundRect(x, middle - height / 2, width, height, height / 2);
  ctx.fill();
  drawLines(ctx, style, [text], x + 22, middle - lineBox(style) / 2, NORMAL);
  return width;
}

const pillHeight = (style: TextStyle) => style.size * NORMAL + 16;

/** Where the middle block starts so that header, middle and footer are spread evenly. */
const spread = (top: number, bottom: number, header: number, middle: number, footer: number) =>
  top + header + Math.max(0, bottom - top - header - middle - footer) / 2;

const rgbOf = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

let background: Canvas | undefined;

/**
 * CSS `linear-gradient(135deg, INK, ACCENT)` over the card, computed once a process. Not
 * Skia's gradient: it dithers, and a card of alternating pixels is twice the PNG bytes.
 */
function postBackground(): Canvas {
  if (background) return background;
  const { width, height } = CARD_SIZE;
  const [from, to] = [rgbOf(INK), rgbOf(ACCENT)];
  const image = new ImageData(width, height);
  // Along the 135° line a pixel's position is (x + y) / (width + height).
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x + y + 1) / (width + height);
      const at = (y * width + x) * 4;
      for (let c = 0; c < 3; c++)
        image.data[at + c] = Math.round(from[c]! + (to[c]! - from[c]!) * t);
      image.data[at + 3] = 255;
    }
  }
  background = createCanvas(width, height);
  background.getContext('2d').putImageData(image, 0, 0);
  return background;
}

export interface PostCardInput {
  title: string;
  interviewee?: string;
  questionCount: number;
  /** The count as the interface says it, with and without a photo beside it. */
  counts: { short: string; long: string };
  date: string;
  siteName: string;
  /** The post's photo: which picture, by content hash (drawn from ./photo.ts's pixels). */
  photo?: CardPhoto;
  /** The publisher's icon (site.yaml), by content hash, in place of the software's mark. */
  icon?: CardPhoto;
}

/** The card of a whole post (and, with no interviewee, of the site); with its photo at the right. */
export function drawPostCard(
  ctx: SKRSContext2D,
  input: PostCardInput,
  photo?: Photo,
  icon?: Photo,
) {
  const photoLeft = photo ? CARD_SIZE.width - PHOTO_BOX.post.width : CARD_SIZE.width;
  const [left, right, top, bottom] = [72, photoLeft - (photo ? 56 : 72), 64, CARD_SIZE.height - 64];
  ctx.drawImage(postBackground(), 0, 0);
  if (photo) drawPhoto(ctx, photo, photoLeft, 0);

  drawWordmark(ctx, input.siteName, left, top, true, icon);
  const date: TextStyle = { size: 26, weight: 400, color: '#c9d6ea' };
  drawLines(
    ctx,
    date,
    [input.date],
    right,
    top + (WORDMARK_SIZE - lineBox(date)) / 2,
    NORMAL,
    'right',
  );

  const pill: TextStyle = { size: 30, weight: 700, color: INK };
  const footer = pillHeight(pill);
  const title: TextStyle = {
    // Beside a photo the column is half as wide: smaller type, one more line.
    size: fitFontSize(
      input.title,
      photo
        ? [
            [12, 64],
            [24, 56],
            [40, 48],
            [Infinity, 42],
          ]
        : [
            [16, 84],
            [30, 72],
            [48, 62],
            [70, 54],
            [Infinity, 46],
          ],
    ),
    weight: 800,
    color: PAPER,
    tracking: -1.5,
  };
  setFont(ctx, title);
  const lines = wrapLines(ctx, input.title, right - left, photo ? 5 : 4);
  const titleHeight = blockHeight(title, lines.length, 1.28);
  drawLines(ctx, title, lines, left, spread(top, bottom, WORDMARK_SIZE, titleHeight, footer), 1.28);

  const middle = bottom - footer / 2;
  let x = left;
  if (input.interviewee) x += drawPill(ctx, pill, PAPER, input.interviewee, x, middle) + 18;
  const note: TextStyle = { size: 30, weight: 400, color: '#dbe5f3' };
  const count = photo ? input.counts.short : input.counts.long;
  const text = input.questionCount > 0 ? count : input.siteName;
  // What does not fit beside the name is left out, never drawn over the photo.
  if (x + textWidth(ctx, note, text) <= right)
    drawLines(ctx, note, [text], x, middle - lineBox(note) / 2, NORMAL);
}

export interface QuestionCardInput {
  postTitle: string;
  question: string;
  asker?: string;
  answerer?: string;
  n: number;
  total: number;
  /** The interface's words: `답변`, `질문 3 / 12`, and the site's name. */
  answerLabel: string;
  position: string;
  siteName: string;
  photo?: CardPhoto;
  icon?: CardPhoto;
}

/**
 * The card of one question: the question quoted large, who asked and who answered (with the
 * post's photo beside them: a portrait round, a cover as a rounded square).
 */
export function drawQuestionCard(
  ctx: SKRSContext2D,
  input: QuestionCardInput,
  photo?: Photo,
  icon?: Photo,
) {
  const { width, height } = CARD_SIZE;
  const [left, right, top, bottom] = [72, width - 72, 14 + 56, height - 60];
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, width, 14);

  // Header: the wordmark, then the post's title on one line.
  const markWidth = drawWordmark(ctx, input.siteName, left, top, false, icon);
  const postTitle: TextStyle = { size: 26, weight: 400, color: MUTED };
  setFont(ctx, postTitle);
  const titleLeft = left + markWidth + 28;
  const [titleLine = ''] = wrapLines(ctx, input.postTitle, right - titleLeft, 1);
  const titleTop = top + (WORDMARK_SIZE - lineBox(postTitle)) / 2;
  drawLines(ctx, postTitle, [titleLine], titleLeft, titleTop, NORMAL);

  // Middle: the quote mark, who asked, the question.
  const asker: TextStyle = { size: 28, weight: 700, color: ACCENT };
  const question: TextStyle = {
    size: fitFontSize(input.question, [
      [24, 68],
      [44, 60],
      [70, 52],
      [110, 44],
      [Infinity, 40],
    ]),
    weight: 800,
    color: INK,
    tracking: -1,
  };
  const textLeft = left + 84 + 28;
  setFont(ctx, question);
  const lines = wrapLines(ctx, input.question, right - textLeft, 4);
  const askerHeight = input.asker ? lineBox(asker) + 18 : 0;
  const columnHeight = askerHeight + blockHeight(question, lines.length, 1.32);
  const footerStyle: TextStyle = { size: 28, weight: 400, color: MUTED };
  const pill: TextStyle = { size: 28, weight: 700, color: ACCENT };
  const box = PHOTO_BOX.question;
  const footer = Math.max(pillHeight(pill), photo ? box.height : 0);
  const middleTop = spread(top, bottom, WORDMARK_SIZE, Math.max(76, columnHeight), footer);
  ctx.save();
  ctx.translate(left, middleTop + 8);
  ctx.fillStyle = ACCENT;
  ctx.fill(QUOTE);
  ctx.restore();
  if (input.asker) drawLines(ctx, asker, [input.asker], textLeft, middleTop, NORMAL);
  drawLines(ctx, question, lines, textLeft, middleTop + askerHeight, 1.32);

  // Footer: who answers, and which question of how many.
  const middle = bottom - footer / 2;
  let answerLeft = left;
  if (photo) {
    const shape = new Path2D();
    if (input.photo?.portrait)
      shape.arc(box.width / 2, box.height / 2, box.width / 2, 0, 2 * Math.PI);
    else shape.roundRect(0, 0, box.width, box.height, 16);
    drawPhoto(ctx, photo, left, middle - box.height / 2, shape);
    answerLeft += box.width + 22;
  }
  drawLines(
    ctx,
    footerStyle,
    [input.answerLabel],
    answerLeft,
    middle - lineBox(footerStyle) / 2,
    NORMAL,
  );
  if (input.answerer) {
    const x = answerLeft + textWidth(ctx, footerStyle, input.answerLabel) + 16;
    drawPill(ctx, pill, SOFT, input.answerer, x, middle);
  }
  const count: TextStyle = { ...footerStyle, weight: 700 };
  const label = input.position;
  drawLines(ctx, count, [label], right, middle - lineBox(count) / 2, NORMAL, 'right');
}
