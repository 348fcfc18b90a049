import { CARD_SIZE, DEFLATE_LEVEL, drawPostCard, drawQuestionCard, PHOTO_BOX } from './cards';
import type { Card } from './cards-for';
import { palettePng } from './palette-png';
import { cardJpeg, photoPixels } from './photo';
import { cachedCard, drawCardPixels, drawNamed } from './render';

/**
 * A card's image (./cards-for.ts says which cards there are). Kept apart from that list so
 * that the content check, which writes the list, never loads the drawing addon or sharp.
 */
async function draw(card: Card): Promise<Buffer> {
  const { photo } = card.input;
  const pixels = photo && (await photoPixels(photo, PHOTO_BOX[card.kind]));
  const rgba = drawCardPixels(
    card.kind === 'post'
      ? (ctx) => drawPostCard(ctx, card.input, pixels)
      : (ctx) => drawQuestionCard(ctx, card.input, pixels),
  );
  return card.format === 'jpeg'
    ? cardJpeg(rgba)
    : palettePng({ ...CARD_SIZE, pixels: rgba, channels: 4, level: DEFLATE_LEVEL[card.kind] });
}

/** The card drawn now (the build's drawing threads); an error names the card. */
export function drawCardOf(card: Card): Promise<Buffer> {
  return drawNamed(() => draw(card), card.what);
}

/** The card from the cache, or drawn and cached (`npm run dev`, through pipeline/content-files.ts). */
export function cardImage(card: Card): Promise<Buffer> {
  return cachedCard(card, () => drawCardOf(card));
}
