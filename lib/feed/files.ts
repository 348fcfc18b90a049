import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FEED_FORMATS, FEED_PARTS } from './parts';

/**
 * Writes the RSS and JSON feeds of every category, tag and person under `dir`
 * (`<dir>/tags/<slug>/feed.xml` …), the same bytes `npm run dev` answers (pipeline/content-files.ts). The build
 * moves them into the export (pipeline/build.ts); the posts are the content check's
 * (`provideCheckedPosts`).
 */
export async function writeFeedFiles(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const { feed, slugs } of Object.values(FEED_PARTS)) {
    for (const slug of await slugs()) {
      const source = await feed(slug);
      if (!source) continue;
      // Written synchronously: ~2,200 small files, each awaited in turn, left the CPU idle.
      mkdirSync(path.join(dir, source.base), { recursive: true });
      for (const [format, respond] of Object.entries(FEED_FORMATS)) {
        const body = Buffer.from(await respond(source).arrayBuffer());
        writeFileSync(path.join(dir, source.base, `feed.${format}`), body);
        files += 1;
        bytes += body.length;
      }
    }
  }
  return { files, bytes };
}
