import { DEFLATE_LEVEL, drawPostCard, drawQuestionCard, ICON_BOX, PHOTO_BOX } from './cards';
import type { Card } from './cards-for';
import { cardJpeg, photoPixels } from './photo';
import { cachedCard, drawCard, drawCardPixels, drawNamed } from './render';
import type { CardPainter } from './render';

/**
 * A card's image (./cards-for.ts says which cards there are). Kept apart from that list so
 * that the content check, which writes the list, never loads the drawing addon or sharp.
 */
async function draw(card: Card): Promise<Buffer> {
  const { photo, icon } = card.input;
  const pixels = photo && (await photoPixels(photo, PHOTO_BOX[card.kind]));
  const mark = icon && (await photoPixels(icon, ICON_BOX));
  const paint: CardPainter =
    card.kind === 'post'
      ? (ctx) => drawPostCard(ctx, card.input, pixels, mark)
      : (ctx) => drawQuestionCard(ctx, card.input, pixels, mark);
  return card.format === 'jpeg'
    ? cardJpeg(drawCardPixels(paint))
    : drawCard(paint, DEFLATE_LEVEL[card.kind]);
}

/** The card drawn now (the build's drawing threads); an error names the card. */
export function drawCardOf(card: Card): Promise<Buffer> {
  return drawNamed(() => draw(card), card.what);
}

/** The card from the cache, or drawn and cached (`npm run dev`, through pipeline/content-files.ts). */
export function cardImage(card: Card): Promise<Buffer> {
  return cachedCard(card, () => drawCardOf(card));
}
