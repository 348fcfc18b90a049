import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { CARD_SIZE, CARD_VERSION } from './cards';
import { OG_FONT_VERSION, registerOgFonts } from './fonts';
import { palettePng } from './palette-png';

/**
 * Renders a card to PNG, or returns the PNG drawn by an earlier build for the same inputs.
 * Drawing costs ~9 ms of CPU a card (bench/README.md); a rebuild after editing
 * one post redraws only that post's cards. The cache lives in .next/cache, which hosts and CI
 * caches keep between builds.
 */
const CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'daedam-og');

export function cardCacheKey(kind: string, input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, input, CARD_VERSION, OG_FONT_VERSION]))
    .digest('hex');
}

/** What draws one card on the canvas it is given (./cards.ts). */
export type CardPainter = (ctx: SKRSContext2D) => void;

/**
 * Draws a card with Skia (@napi-rs/canvas: text shaped and rasterised natively from the
 * cards' font) and puts its pixels straight into a palette PNG (a third of the bytes of
 * truecolour; ./palette-png.ts). Before, satori laid the card out as SVG outlines and resvg
 * drew them: ~27 ms a card on one thread against ~9 ms now, most of it the palette and
 * deflate (bench/README.md).
 */
export function drawCard(paint: CardPainter): Buffer {
  registerOgFonts();
  const canvas = createCanvas(CARD_SIZE.width, CARD_SIZE.height);
  paint(canvas.getContext('2d', { alpha: false }));
  // Premultiplied RGBA, the same as straight RGBA here: every pixel of a card is opaque.
  return palettePng({ ...CARD_SIZE, pixels: canvas.data(), channels: 4 });
}

/** Where the cache keeps the card of these inputs (drawn or not yet). */
export function cachedCardFile(kind: string, input: unknown): string {
  return path.join(CACHE_DIR, `${cardCacheKey(kind, input)}.png`);
}

/**
 * @param what names the card in an error ("the card of question 3 of posts/a.md"): a card
 *   that cannot be drawn stops the build with the post to look at.
 */
export async function cachedCard(
  kind: string,
  input: unknown,
  paint: CardPainter,
  what: string,
): Promise<Buffer> {
  const file = cachedCardFile(kind, input);
  try {
    return await readFile(file);
  } catch {
    let png: Buffer;
    try {
      png = drawCard(paint);
    } catch (error) {
      throw new Error(
        `could not draw ${what}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    await mkdir(CACHE_DIR, { recursive: true });
    // Write then rename: parallel build workers never read a half-written file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    return png;
  }
}

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600' },
  });
}
