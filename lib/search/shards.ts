import { archiveOrder } from './engine';
import { postingTable } from './postings';
import type { SearchIndex } from './index-data';

/**
 * The search index split so that one query downloads only what it needs (the shape of
 * Pagefind's chunks, with Korean substring matching):
 *
 * - `meta.json`: how many shards and blocks there are (a few bytes, fetched when the page opens);
 * - `s/<n>.json`: for every character and every pair of adjacent characters (bigram) of the
 *   folded text whose hash falls in shard n, the Q&A blocks that contain it, one list per field
 *   (question, title, speakers, answer) so the engine's field weights are known before any text
 *   is fetched; block numbers are delta-encoded;
 * - `d/<id>.json`: one block's text, fetched only for the results on screen.
 *
 * Blocks are numbered newest post first, then by slug and question — the engine's order for
 * equal scores, so "score, then block number" ranks exactly as the full index did.
 * A word is looked up by a few of its bigrams (a cover of its characters): every block that
 * contains the word contains them, so no answer is lost; the rare block that has the bigrams
 * apart and not the word is dropped when its text arrives (client/search-page.ts verifies
 * every result with the same engine, lib/search/engine.ts).
 */

export const FIELDS = ['question', 'title', 'speakers', 'answer'] as const;
/** Postings of one gram: delta-encoded block numbers per field, in FIELDS order. */
export type Postings = [number[], number[], number[], number[]];
export interface SearchMeta {
  /** Bumped when the file format changes, so an old page never reads new files wrongly. */
  version: 1;
  shards: number;
  blocks: number;
}
/** [slug, post title, date, question number (0 = article), question, speakers, answer] */
export type SearchDoc = [string, string, string, number, string, string, string];

/** About this many blocks' postings per shard: ~5–15 KB gzipped per shard file. */
const BLOCKS_PER_SHARD = 12;

export function shardCount(blocks: number): number {
  return Math.max(1, Math.ceil(blocks / BLOCKS_PER_SHARD));
}

/** FNV-1a over UTF-16 code units: the same number in Node and every browser. */
export function shardOf(gram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/**
 * The grams a folded word is looked up by: the word itself when it is one character, else the
 * bigrams at 0, 2, 4… and the last one — every character covered by as few shards as possible.
 */
export function needleGrams(needle: string): string[] {
  if (needle.length <= 1) return needle ? [needle] : [];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < needle.length; i += 2) grams.add(needle.slice(i, i + 2));
  grams.add(needle.slice(-2));
  return [...grams];
}

function deltas(sorted: ArrayLike<number>): number[] {
  return Array.from(sorted, (id, i) => (i === 0 ? id : id - sorted[i - 1]!));
}

export function undelta(encoded: number[]): number[] {
  let at = 0;
  return encoded.map((delta) => (at += delta));
}

/** The blocks in the engine's order for equal scores (archiveOrder). */
export function docsOf(index: SearchIndex): SearchDoc[] {
  return index.entries
    .map(([post, n, question, speakers, answer]): SearchDoc => {
      const [slug, title, date] = index.posts[post]!;
      return [slug, title, date, n, question, speakers, answer];
    })
    .sort((a, b) =>
      archiveOrder({ date: a[2], slug: a[0], n: a[3] }, { date: b[2], slug: b[0], n: b[3] }),
    );
}

/**
 * Every file of the sharded index as [path under the index folder, text], made one at a time:
 * a writer that consumes them as they come never holds the whole index as text (49.5 MB at
 * 5,000 posts); the postings are held in typed arrays meanwhile (./postings.ts).
 */
export function* searchFileEntries(index: SearchIndex): Generator<[string, string]> {
  const docs = docsOf(index);
  const shards = shardCount(docs.length);
  // Each block's fields in FIELDS order.
  const table = postingTable(
    docs.map(([, title, , , question, speakers, answer]) => [question, title, speakers, answer]),
  );

  // Sorted once, then dealt out: each shard's grams stay in sorted order.
  const gramsByShard: string[][] = Array.from({ length: shards }, () => []);
  for (const gram of table.grams) gramsByShard[shardOf(gram, shards)]!.push(gram);

  const meta: SearchMeta = { version: 1, shards, blocks: docs.length };
  yield ['meta.json', JSON.stringify(meta)];
  for (let n = 0; n < shards; n++) {
    const shard: Record<string, Postings> = {};
    for (const gram of gramsByShard[n]!) {
      shard[gram] = table.postings(gram)!.map(deltas) as Postings;
    }
    gramsByShard[n] = [];
    yield [`s/${n}.json`, JSON.stringify(shard)];
  }
  for (let id = 0; id < docs.length; id++) yield [`d/${id}.json`, JSON.stringify(docs[id])];
}

/** Every file of the sharded index, by its path under the index folder. */
export function buildSearchFiles(index: SearchIndex): Map<string, string> {
  return new Map(searchFileEntries(index));
}
