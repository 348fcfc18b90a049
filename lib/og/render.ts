import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ReactElement } from 'react';
import satori from 'satori';
import { CARD_SIZE, CARD_VERSION } from './cards';
import { loadOgFonts, OG_FONT_VERSION } from './fonts';
import { palettePng } from './palette-png';

/**
 * Renders a card to PNG, or returns the PNG drawn by an earlier build for the same inputs.
 * Drawing costs about a tenth of a second per card (bench/README.md); a rebuild after editing
 * one post redraws only that post's cards. The cache lives in .next/cache, which hosts and CI
 * caches keep between builds.
 */
const CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'daedam-og');

export function cardCacheKey(kind: string, input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, input, CARD_VERSION, OG_FONT_VERSION]))
    .digest('hex');
}

/**
 * satori lays the card out as SVG (text as outlines, so the renderer needs no fonts), resvg
 * draws it natively, and the pixels go straight into a palette PNG (a third of the bytes of
 * truecolour; ./palette-png.ts). next/og runs the same satori with resvg in WebAssembly and
 * encodes a truecolour PNG: about 2.5 times the time a card (bench/README.md).
 */
export async function drawCard(element: ReactElement): Promise<Buffer> {
  const svg = await satori(element, { ...CARD_SIZE, fonts: await loadOgFonts() });
  // Not the system's fonts: scanning them costs more than drawing, and the SVG has none.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return palettePng({
    width: image.width,
    height: image.height,
    pixels: image.pixels,
    channels: 4,
  });
}

/**
 * @param what names the card in an error ("the card of question 3 of posts/a.md"): a card
 *   that cannot be drawn stops the build with the post to look at.
 */
/** Where the cache keeps the card of these inputs (drawn or not yet). */
export function cachedCardFile(kind: string, input: unknown): string {
  return path.join(CACHE_DIR, `${cardCacheKey(kind, input)}.png`);
}

export async function cachedCard(
  kind: string,
  input: unknown,
  element: () => ReactElement,
  what: string,
): Promise<Buffer> {
  const file = cachedCardFile(kind, input);
  try {
    return await readFile(file);
  } catch {
    let png: Buffer;
    try {
      png = await drawCard(element());
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
