import { DEFLATE_LEVEL, drawPostCard, drawQuestionCard } from './cards';
import type { Card } from './cards-for';
import { cachedCard, drawNamedCard } from './render';
import type { CardPainter } from './render';

/**
 * A card's PNG (./cards-for.ts says which cards there are). Kept apart from that list so that
 * the content check, which writes the list, never loads the drawing addon.
 */
function cardPainter(card: Card): CardPainter {
  return card.kind === 'post'
    ? (ctx) => drawPostCard(ctx, card.input)
    : (ctx) => drawQuestionCard(ctx, card.input);
}

/** The card drawn now, at its kind's deflate level (the build's drawing threads). */
export function drawCardOf(card: Card): Buffer {
  return drawNamedCard(cardPainter(card), card.what, DEFLATE_LEVEL[card.kind]);
}

/** The card from the cache, or drawn and cached (`npm run dev`, through pipeline/content-files.ts). */
export function cardPng(card: Card): Promise<Buffer> {
  return cachedCard(card.kind, card.input, cardPainter(card), card.what, DEFLATE_LEVEL[card.kind]);
}
