import { waitForFile, writeWhole } from '@/lib/handoff-file';
import type { Post } from './types';

/**
 * The pages' posts as the content check read them, for Next's processes. `npm run build` runs
 * the check beside `next build`; every Next process (the main one and each render worker)
 * otherwise reads and parses the whole archive again. Parsing leaves its garbage resident: at
 * 10,000 posts `loadPosts` ends at 431–550 MB RSS for 86 MB of heap, `JSON.parse` of the same
 * posts at 222 MB (bench/README.md: 10,000 posts). The build names the file in POSTS_SNAPSHOT.
 */
export const SNAPSHOT_VARIABLE = 'POSTS_SNAPSHOT';

/** Writes `posts` to `file`, whole or not at all: a reader never sees half. */
export function writePostsSnapshot(file: string, posts: Post[]): void {
  writeWhole(file, JSON.stringify(posts));
}

/** The posts `file` holds, once the content check has written it. */
export async function readPostsSnapshot(file: string, waitMs?: number): Promise<Post[]> {
  const text = await waitForFile(file, SNAPSHOT_VARIABLE, waitMs);
  const posts: unknown = JSON.parse(text);
  if (!Array.isArray(posts))
    throw new Error(`${file} (${SNAPSHOT_VARIABLE}) holds no list of posts`);
  return posts as Post[];
}
