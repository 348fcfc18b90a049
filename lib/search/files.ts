import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Post } from '@/lib/posts/types';
import { buildSearchIndex } from './index-data';
import { buildSearchFiles } from './shards';

/** The sharded search index of these (published) posts, by path under /search-index/. */
export function searchFiles(posts: Post[]): Map<string, string> {
  return buildSearchFiles(buildSearchIndex(posts, (post) => post.text));
}

/** Writes the index into `dir` (created); returns how many files and bytes it wrote. */
export async function writeSearchFiles(posts: Post[], dir: string) {
  const files = searchFiles(posts);
  await mkdir(path.join(dir, 's'), { recursive: true });
  await mkdir(path.join(dir, 'd'), { recursive: true });
  let bytes = 0;
  const entries = [...files];
  // A few hundred writes in flight at most: thousands at once would only queue in libuv.
  for (let i = 0; i < entries.length; i += 256) {
    await Promise.all(
      entries.slice(i, i + 256).map(([file, text]) => {
        bytes += Buffer.byteLength(text);
        return writeFile(path.join(dir, file), text);
      }),
    );
  }
  return { files: files.size, bytes };
}
