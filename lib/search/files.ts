import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostWithText } from '@/lib/posts/types';
import { buildSearchIndex } from './index-data';
import { buildSearchFiles, searchFileEntries } from './shards';

// An article without questions is indexed as one block of its plain text.
const indexOf = (posts: PostWithText[]) => buildSearchIndex(posts, (post) => post.text);

/** The sharded search index of these (published) posts, by path under /search-index/. */
export function searchFiles(posts: PostWithText[]): Map<string, string> {
  return buildSearchFiles(indexOf(posts));
}

/**
 * Writes the index into `dir` (created) as its files are made, a few hundred writes in flight
 * (thousands at once would only queue in libuv); returns how many files and bytes it wrote.
 */
export async function writeSearchFiles(posts: PostWithText[], dir: string) {
  await mkdir(path.join(dir, 's'), { recursive: true });
  await mkdir(path.join(dir, 'd'), { recursive: true });
  let files = 0;
  let bytes = 0;
  let batch: Array<Promise<void>> = [];
  for (const [file, text] of searchFileEntries(indexOf(posts))) {
    files += 1;
    bytes += Buffer.byteLength(text);
    batch.push(writeFile(path.join(dir, file), text));
    if (batch.length === 256) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return { files, bytes };
}
