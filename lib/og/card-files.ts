import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Worker } from 'node:worker_threads';
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
 * each card was a route, rendered one after another in its page workers). The cards are
 * taken one at a time as threads free up, so a list read as it goes (readCardList) is never
 * held whole: at 10,000 posts it is ~90,000 cards, 32 MB of JSON.
 */
export async function writeCards(
  cards: Iterable<Card> | AsyncIterable<Card>,
  dir: string,
  threads = availableParallelism(),
): Promise<{ cards: number; drawn: number }> {
  const source = (async function* () {
    yield* cards;
  })();
  let listed = 0;
  let drawn = 0;
  // The next card to draw; the cached ones met on the way are linked into place. An async
  // generator answers concurrent calls in order, so threads may ask at the same time.
  const toDraw = async (): Promise<Card | undefined> => {
    for (;;) {
      const { value: card, done } = await source.next();
      if (done) return undefined;
      listed += 1;
      const cached = cachedCardFile(card.kind, card.input, card.format);
      if (!existsSync(cached)) return card;
      placeCard(dir, card, (file) => linkOrCopy(cached, file));
    }
  };
  const first = await toDraw();
  if (first) drawn = await drawInThreads(first, toDraw, dir, threads);
  return { cards: listed, drawn };
}

/** The cards of a list the content check wrote (one JSON card a line), read as they are asked for. */
export async function* readCardList(file: string): AsyncGenerator<Card> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as Card;
}

/** Writes `cards` to `file` as readCardList reads them. */
export function writeCardList(file: string, cards: Card[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, cards.map((card) => `${JSON.stringify(card)}\n`).join(''));
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

/**
 * Draws `first` and every card `more` gives in up to `threads` worker threads (a thread is
 * started only when there is a card for it); resolves with how many were drawn, rejects with
 * the first card that failed.
 */
async function drawInThreads(
  first: Card,
  more: () => Promise<Card | undefined>,
  dir: string,
  threads: number,
): Promise<number> {
  const workers: Worker[] = [];
  let drawn = 0;
  let failure: Error | undefined;
  const draw = (worker: Worker, card: Card) =>
    new Promise<void>((resolve, reject) => {
      const done = (result: { ok: true } | { ok: false; error: string }) => {
        worker.off('error', reject);
        if (result.ok) resolve();
        else reject(new CardError(result.error));
      };
      worker.once('message', done);
      worker.once('error', reject);
      worker.postMessage(card);
    });
  // The first failure stops every thread after the card it is drawing.
  const fail = (error: unknown): undefined => {
    failure ??= error instanceof Error ? error : new CardError(reasonOf(error));
    return undefined;
  };
  const thread = async (card: Card | undefined) => {
    const worker = tsThread(path.join(process.cwd(), 'lib', 'og', 'card-worker.ts'), { dir });
    workers.push(worker);
    while (card && !failure) {
      await draw(worker, card);
      drawn += 1;
      card = failure ? undefined : await more();
    }
  };
  const running: Array<Promise<void>> = [];
  const start = (card: Card) => running.push(thread(card).catch(fail));
  try {
    start(first);
    for (let i = 1; i < threads && !failure; i++) {
      const card = await more().catch(fail);
      if (!card) break;
      start(card);
    }
    await Promise.all(running);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure) throw failure;
  return drawn;
}
