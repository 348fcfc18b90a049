import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { CARD_SIZE, CARD_VERSION } from './cards';
import { OG_FONT_VERSION, registerOgFonts } from './fonts';
import { palettePng } from './palette-png';

/**
 * Renders a card to PNG, or returns the PNG drawn by an earlier build for the same inputs.
 * Drawing costs ~9 ms of CPU a card (bench/README.md); a rebuild after editing
 * one post redraws only that post's cards. The cache lives in .next/cache, which hosts and CI
 * caches keep between builds.
 */
export const CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'daedam-og');

export function cardCacheKey(kind: string, input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, input, CARD_VERSION, OG_FONT_VERSION]))
    .digest('hex');
}

/** What draws one card on the canvas it is given (./cards.ts). */
export type CardPainter = (ctx: SKRSContext2D) => void;

/** The canvas this thread draws its cards on, made once: a card is drawn on it after another. */
let canvas: Canvas | undefined;

/**
 * Draws a card with Skia (@napi-rs/canvas: text shaped and rasterised natively from the
 * cards' font) and puts its pixels straight into a palette PNG (a third of the bytes of
 * truecolour; ./palette-png.ts). Before, satori laid the card out as SVG outlines and resvg
 * drew them: ~27 ms a card on one thread against ~9 ms now, most of it the palette and
 * deflate (bench/README.md).
 *
 * One canvas a thread, its pixels read with getImageData: a new canvas a card and
 * `canvas.data()` had the kernel fault in fresh 3 MB buffers for every card (the same bytes
 * out; bench/README.md). `level` is the deflate level (./cards.ts DEFLATE_LEVEL).
 */
export function drawCard(paint: CardPainter, level = 6): Buffer {
  return palettePng({ ...CARD_SIZE, pixels: drawCardPixels(paint), channels: 4, level });
}

/** The card's pixels, straight RGBA (every pixel of a card is opaque), in a buffer of its own. */
export function drawCardPixels(paint: CardPainter): Uint8Array {
  registerOgFonts();
  canvas ??= createCanvas(CARD_SIZE.width, CARD_SIZE.height);
  const ctx = canvas.getContext('2d', { alpha: false });
  ctx.save();
  try {
    // What a new opaque canvas holds, so nothing of the card before shows through.
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, CARD_SIZE.width, CARD_SIZE.height);
    paint(ctx);
  } finally {
    // The painter's transform, clip and styles end with its card.
    ctx.restore();
  }
  const { data } = ctx.getImageData(0, 0, CARD_SIZE.width, CARD_SIZE.height);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Where the cache keeps the card of these inputs (drawn or not yet). */
export function cachedCardFile(kind: string, input: unknown, format: CardFormat = 'png'): string {
  return path.join(CACHE_DIR, `${cardCacheKey(kind, input)}.${format === 'jpeg' ? 'jpg' : 'png'}`);
}

export type CardFormat = 'png' | 'jpeg';

/**
 * Runs `draw`; an error names the card ("could not draw the card of question 3 of
 * posts/a.md: …"): a card that cannot be drawn stops the build with the post to look at.
 */
export async function drawNamed<T>(draw: () => T | Promise<T>, what: string): Promise<T> {
  try {
    return await draw();
  } catch (error) {
    throw new Error(
      `could not draw ${what}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** A card from the cache, or drawn and cached (`npm run dev`, through pipeline/content-files.ts; the build's threads use ./card-worker.ts). */
export async function cachedCard(
  card: { kind: string; input: unknown; format?: CardFormat },
  draw: () => Promise<Buffer>,
): Promise<Buffer> {
  const file = cachedCardFile(card.kind, card.input, card.format);
  try {
    return await readFile(file);
  } catch {
    const image = await draw();
    await mkdir(CACHE_DIR, { recursive: true });
    // Write then rename: parallel build workers never read a half-written file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, image);
    await rename(partial, file);
    return image;
  }
}

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600' },
  });
}
