/**
 * Files published byte for byte, as their authors made them: each post's source at
 * /posts/<slug>.md (the interview as written, for readers' tools and language models; linked
 * from the post page with <link rel="alternate" type="text/markdown"> and listed in /llms.txt),
 * and each local recording at /recordings/<hash>.<ext> (lib/recordings/). The list comes from
 * the content check (`--sources`), which knows which posts are drafts.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { eachLimited } from './each-limited';

/** One published file: `path` on disk, `to` its place in the export (`/`-separated). */
export interface PublishedSource {
  path: string;
  to: string;
}

/** Puts the files `manifest` (JSON `PublishedSource[]`) lists into the export at `root`. */
export async function copyPublishedSources(root: string, manifest: string): Promise<number> {
  const files = JSON.parse(await readFile(manifest, 'utf8')) as PublishedSource[];
  const folders = new Set(files.map((file) => path.dirname(path.join(root, file.to))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  // Copied, not linked: an editor that saves in place would change the published file too.
  // A clone where the file system can (a recording can be hundreds of megabytes).
  // A few at a time, as every step with a file per post (a request in flight holds ~3 KB).
  await eachLimited(files, 64, (file) =>
    copyFile(file.path, path.join(root, file.to), constants.COPYFILE_FICLONE),
  );
  await rm(manifest, { force: true });
  return files.length;
}
