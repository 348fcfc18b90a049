/**
 * Each published post's source, byte for byte, at /posts/<slug>.md: the interview as its
 * author wrote it, for readers' tools and language models (linked from the post page with
 * <link rel="alternate" type="text/markdown"> and listed in /llms.txt). The list comes from
 * the content check (`--sources`), which knows which posts are drafts.
 */
import { copyFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** Copies the posts `manifest` (JSON `[{ slug, path }]`) lists into the export at `root`. */
export async function copyPostSources(root: string, manifest: string): Promise<number> {
  const posts = JSON.parse(await readFile(manifest, 'utf8')) as Array<{
    slug: string;
    path: string;
  }>;
  await Promise.all(
    posts.map((post) => copyFile(post.path, path.join(root, 'posts', `${post.slug}.md`))),
  );
  await rm(manifest, { force: true });
  return posts.length;
}
