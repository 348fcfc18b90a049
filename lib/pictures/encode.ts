import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Sharp } from 'sharp';
import { readPeopleData } from '@/lib/people/data';
import { buildPeople } from '@/lib/people/directory';
import type { PostWithText } from '@/lib/posts/types';
import { eachLimited } from '@/pipeline/each-limited';
import { linkOrCopy } from '@/pipeline/link-or-copy';
import { loadSharp, MAX_PIXELS, PICTURE_CACHE_DIR } from './inspect';
import { pictureFiles } from './variants';
import type { PictureFormat, PictureInfo } from './variants';

/**
 * Encodes a picture's files (./variants.ts) with sharp, once: each file is kept in
 * .next/cache/daedam-pictures/files/ under its content-hashed name, so a build that finds it
 * there encodes nothing. sharp writes no metadata unless asked: the camera, its owner and the
 * GPS position stay behind; `.rotate()` applies the EXIF orientation first.
 */
const FILES = path.join(PICTURE_CACHE_DIR, 'files');

// Chosen on photos at 720–1440 px (bench/README.md): AVIF at 50 looks like JPEG at 75 for
// about half the bytes. AVIF effort 2, not sharp's default 4: on two real photos 4 took 5–8×
// as long (1.6 s against 0.2 s for 720×477) for the same bytes on one and 17 % fewer on the
// other; at 4, a 1,000-post archive with covers spent hours encoding.
const SETTINGS: Record<PictureFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 75, effort: 4 }),
  jpeg: (image) => image.jpeg({ quality: 75, mozjpeg: true }),
  png: (image) => image.png({ compressionLevel: 9, effort: 7 }),
};

export interface PictureSource {
  /** Absolute path of the file in the content folder. */
  source: string;
  info: PictureInfo;
}

/** The cached file for one of a picture's published paths (`pictures/<hash>-<w>.<ext>`). */
export const cachedPicture = (file: string) => path.join(FILES, path.basename(file));

/** One file of a picture that the cache lacks. */
interface Missing {
  source: string;
  file: string;
  width: number;
  format: PictureFormat;
}

const missingFiles = ({ source, info }: PictureSource): Missing[] =>
  pictureFiles(info)
    .filter(({ file }) => !existsSync(cachedPicture(file)))
    .map(({ file, width, format }) => ({ source, file, width, format }));

async function encodeFile(sharp: Awaited<ReturnType<typeof loadSharp>>, missing: Missing) {
  const target = cachedPicture(missing.file);
  // Write then rename: a build stopped halfway leaves no half-written file in the cache.
  const partial = `${target}.${process.pid}.tmp`;
  try {
    await SETTINGS[missing.format](
      sharp(missing.source, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
        .rotate()
        .resize({ width: missing.width, withoutEnlargement: true }),
    ).toFile(partial);
  } catch (error) {
    throw new Error(`${missing.source}: ${(error as Error).message}`);
  }
  renameSync(partial, target);
}

/**
 * How many files are encoded at once: enough to keep every core busy (one file's AVIF leaves a
 * core idle at its end), few enough that memory stays flat — each file is its own pipeline,
 * from a decode of the source at the size it needs (JPEG and WebP decode smaller on load).
 * Encoding a picture's 15 files at once, a picture after another, peaked at 1.1 GB beside
 * `next build` with 1,000 covers and left a core idle at each picture's longest file.
 */
const AT_ONCE = Math.max(2, Math.min(4, availableParallelism()));

/** Encodes every file the cache lacks, a queue of files across the pictures; how many. */
export async function encodePictures(pictures: PictureSource[]): Promise<number> {
  const missing = pictures.flatMap(missingFiles);
  if (missing.length === 0) return 0;
  mkdirSync(FILES, { recursive: true });
  const sharp = await loadSharp();
  // Each file is read once per pipeline; libvips' cache of decoded images would only hold
  // memory across pictures it never sees again.
  sharp.cache(false);
  // The largest first: the queue ends on small files, not on one long AVIF with a core idle.
  missing.sort((a, b) => b.width - a.width);
  await eachLimited(missing, AT_ONCE, (file) => encodeFile(sharp, file));
  return missing.length;
}

/** Makes sure every file of the picture is in the cache; returns how many it had to encode. */
export const encodePicture = (picture: PictureSource): Promise<number> => encodePictures([picture]);

/** Puts every file of `pictures` into `dir` (encoding what the cache lacks). */
export async function writePictures(
  pictures: PictureSource[],
  dir: string,
): Promise<{ pictures: number; files: number; encoded: number }> {
  const encoded = await encodePictures(pictures);
  let files = 0;
  mkdirSync(path.join(dir, 'pictures'), { recursive: true });
  for (const picture of pictures) {
    for (const { file } of pictureFiles(picture.info)) {
      linkOrCopy(cachedPicture(file), path.join(dir, file));
      files++;
    }
  }
  return { pictures: pictures.length, files, encoded };
}

type Examined = { file: string; info?: PictureInfo };

/**
 * Every picture the published posts and people.yaml show, once each (two posts may show the
 * same file): covers, the pictures of the text, and the portraits of the people who have a
 * page (people.yaml may name others). What the build encodes and `npm run dev` serves.
 */
export async function publishedPictures(posts: PostWithText[], contentDir: string) {
  const people = buildPeople(posts, (await readPeopleData(contentDir)).people).people;
  return picturesOf(posts, contentDir, people);
}

/** The pictures of these posts and people, once each. */
export function picturesOf(
  posts: Array<{ cover?: Examined; pictures: Examined[] }>,
  contentDir: string,
  people: Array<{ photo?: Examined }> = [],
): PictureSource[] {
  const byHash = new Map<string, PictureSource>();
  const all = [
    ...posts.flatMap((post) => [...(post.cover ? [post.cover] : []), ...post.pictures]),
    ...people.flatMap((person) => (person.photo ? [person.photo] : [])),
  ];
  for (const picture of all) {
    if (picture.info && !byHash.has(picture.info.hash)) {
      byHash.set(picture.info.hash, {
        source: path.join(contentDir, picture.file),
        info: picture.info,
      });
    }
  }
  return [...byHash.values()];
}
