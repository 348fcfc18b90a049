import path from 'node:path';
import { site } from '@/lib/site';
import { readPostText } from './load';
import { bodyHash, bodyOf } from './parse';
import type { Post } from './types';

/**
 * A post's body, read from its file when a page renders it: the pages' posts do not hold it
 * (./for-pages.ts). The file was checked when the posts were loaded; one edited since (while
 * the site was building) would give a page a body its summary does not describe, so the build
 * stops instead.
 */
export async function postBody(post: Post, dir = site.postsDir): Promise<string> {
  const file = path.join(dir, post.file);
  const body = bodyOf(await readPostText(file));
  if (bodyHash(body) !== post.bodyHash) {
    throw new Error(`${file} changed while the site was being built: build it again`);
  }
  return body;
}
