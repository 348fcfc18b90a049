/**
 * `tsx scripts/draw-cards.ts <cards.jsonl> <folder>`: draws the share cards the content check
 * listed (scripts/check-content.ts --cards, one JSON card a line, read as the threads
 * ask for them) into `folder`, one thread a core, a card drawn by
 * an earlier build copied from the cache (lib/og/card-files.ts). The build runs it beside
 * `next build` once the check has ended; a card that cannot be drawn stops the build with the
 * post to look at.
 */
import { constants, setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CardError, readCardList, writeCards } from '../lib/og/card-files';

const [list, dir] = process.argv.slice(2);
if (!list || !dir) {
  console.error('usage: tsx scripts/draw-cards.ts <cards.jsonl> <folder>');
  process.exit(2);
}

// Below normal, before any drawing thread starts (threads take the priority of the thread that
// starts them): beside `next build`, whose renders are the build's critical path, the cards take
// the time a core would otherwise idle.
setPriority(constants.priority.PRIORITY_BELOW_NORMAL);

try {
  const drawing = performance.now();
  const written = await writeCards(readCardList(list), dir);
  console.log(
    `✓ share cards: ${written.cards} (${written.drawn} drawn, the others from the cache) — ` +
      `${Math.round(performance.now() - drawing)} ms`,
  );
} catch (error) {
  if (error instanceof CardError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
