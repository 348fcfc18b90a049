import { writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { placeCard, reasonOf } from './card-files';
import { cardPng } from './card-png';
import type { Card } from './cards-for';

/**
 * One drawing thread of ./card-files.ts: draws each card it is sent (through the cache) and
 * writes it under the export folder, then asks for the next.
 */
const { dir } = workerData as { dir: string };

parentPort?.on('message', async (card: Card) => {
  try {
    // Its errors name the card ("could not draw/write the preview card of …").
    const png = await cardPng(card);
    await placeCard(dir, card, (file) => writeFile(file, png));
    parentPort?.postMessage({ ok: true });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: reasonOf(error) });
  }
});
