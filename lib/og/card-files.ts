import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { linkOrCopy } from '@/pipeline/link-or-copy';
import { tsThread } from '@/pipeline/ts-thread';
import type { Card } from './cards-for';
import { cachedCardFile } from './render';

/** A card that could not be drawn; the message names the post. */
export class CardError extends Error {}

/**
 * Writes the share cards of a build into `dir` (the export's layout: posts/<slug>/og.png …).
 * A card drawn by an earlier build with the same inputs is taken from the cache; the others
 * are drawn by one thread a core, beside `next build` (a card is ~9 ms of CPU; inside Next
 * each card was a route, rendered one after another in its page workers).
 */
export async function writeCards(
  cards: Card[],
  dir: string,
  threads = availableParallelism(),
): Promise<{ cards: number; drawn: number }> {
  const toDraw: Card[] = [];
  for (const card of cards) {
    const cached = cachedCardFile(card.kind, card.input, card.format);
    if (existsSync(cached)) placeCard(dir, card, (file) => linkOrCopy(cached, file));
    else toDraw.push(card);
  }
  if (toDraw.length > 0) await drawInThreads(toDraw, dir, threads);
  return { cards: cards.length, drawn: toDraw.length };
}

// Not `instanceof Error`: an error from another realm (a thread, a test's VM) is not one.
export const reasonOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);

/** Writes one card under `dir` and returns its file; a failure names the card and the file. */
export function placeCard(dir: string, card: Card, write: (file: string) => void): string {
  const file = path.join(dir, card.path);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    write(file);
    return file;
  } catch (error) {
    throw new CardError(`could not write ${card.what} to ${file}: ${reasonOf(error)}`);
  }
}

/** Draws `cards` in up to `threads` worker threads; rejects with the first card that failed. */
function drawInThreads(cards: Card[], dir: string, threads: number): Promise<void> {
  const workers = Array.from({ length: Math.max(1, Math.min(threads, cards.length)) }, () =>
    tsThread(path.join(process.cwd(), 'lib', 'og', 'card-worker.ts'), { dir }),
  );
  let next = 0;
  let done = 0;
  const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => void stop().then(() => reject(error));
    for (const worker of workers) {
      const feed = () => {
        if (next < cards.length) worker.postMessage(cards[next++]);
      };
      worker.on('message', (result: { ok: true } | { ok: false; error: string }) => {
        if (!result.ok) return fail(new CardError(result.error));
        done += 1;
        if (done === cards.length) return void stop().then(() => resolve());
        feed();
      });
      worker.on('error', fail);
      feed();
    }
  });
}
