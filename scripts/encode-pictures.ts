/**
 * `tsx scripts/encode-pictures.ts <pictures.json> <folder> [icon]`: encodes the pictures the content
 * check listed (scripts/check-content.ts --pictures) into `folder`/pictures/, a file encoded
 * by an earlier build taken from the cache (lib/pictures/encode.ts). The build runs it beside
 * `next build` and the cards once the check has ended. With `icon` (site.yaml's, a file), the
 * app icons are made from it into `folder` too (lib/publication/icons.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';
import { writePictures } from '../lib/pictures/encode';
import type { PictureSource } from '../lib/pictures/encode';
import { writeIcons } from '../lib/publication/icons';

const [list, dir, icon] = process.argv.slice(2);
if (!list || !dir) {
  console.error('usage: tsx scripts/encode-pictures.ts <pictures.json> <folder>');
  process.exit(2);
}

// Below normal, like the cards: `next build` is the build's critical path.
setPriority(constants.priority.PRIORITY_BELOW_NORMAL);

const encoding = performance.now();
const pictures = JSON.parse(readFileSync(list, 'utf8')) as PictureSource[];
try {
  const written = await writePictures(pictures, dir);
  if (icon) {
    mkdirSync(dir, { recursive: true });
    await writeIcons(icon, dir);
  }
  console.log(
    `✓ pictures: ${written.pictures} as ${written.files} files (${written.encoded} encoded, ` +
      `the others from the cache) — ${Math.round(performance.now() - encoding)} ms`,
  );
} catch (error) {
  // The check examined every picture; one that still fails to encode stops the build, named.
  console.error(`A picture could not be encoded: ${(error as Error).message}`);
  process.exit(1);
}
