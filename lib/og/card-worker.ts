import { linkSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { placeCard, reasonOf } from './card-files';
import { drawCardOf } from './card-image';
import type { Card } from './cards-for';
import { CACHE_DIR, cachedCardFile } from './render';

/**
 * One drawing thread of ./card-files.ts: draws each card it is sent, writes it under the
 * export folder and links it into the cache, then asks for the next. Synchronous file calls:
 * the thread has nothing else to do meanwhile, and each asynchronous call was a round trip
 * through the thread pool.
 */
const { dir } = workerData as { dir: string };
mkdirSync(CACHE_DIR, { recursive: true });

async function drawCard(card: Card) {
  // Its errors name the card ("could not draw/write the preview card of …").
  const png = await drawCardOf(card);
  const file = placeCard(dir, card, (to) => writeFileSync(to, png));
  const cached = cachedCardFile(card.kind, card.input, card.format);
  try {
    // The finished file, linked: the cache never holds half a card.
    linkSync(file, cached);
  } catch (error) {
    // Already cached (another build drew it meanwhile): the same inputs, the same card.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    // No links here: a copy, written then renamed.
    const partial = `${cached}.${process.pid}.${threadId}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, cached);
  }
}

parentPort?.on('message', (card: Card) => {
  drawCard(card).then(
    () => parentPort?.postMessage({ ok: true }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: reasonOf(error) }),
  );
});
