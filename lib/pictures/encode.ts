import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Sharp } from 'sharp';
import { readPeopleData } from '@/lib/people/data';
import { buildPeople } from '@/lib/people/directory';
import type { PostWithText } from '@/lib/posts/types';
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

/** Makes sure every file of the picture is in the cache; returns how many it had to encode. */
export async function encodePicture({ source, info }: PictureSource): Promise<number> {
  const missing = pictureFiles(info).filter(({ file }) => !existsSync(cachedPicture(file)));
  if (missing.length === 0) return 0;
  mkdirSync(FILES, { recursive: true });
  const sharp = await loadSharp();
  const input = sharp(source, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
  await Promise.all(
    missing.map(async ({ file, width, format }) => {
      const target = cachedPicture(file);
      // Write then rename: a build stopped halfway leaves no half-written file in the cache.
      const partial = `${target}.${process.pid}.tmp`;
      await SETTINGS[format](input.clone().resize({ width, withoutEnlargement: true })).toFile(
        partial,
      );
      renameSync(partial, target);
    }),
  );
  return missing.length;
}

/** Puts every file of `pictures` into `dir` (encoding what the cache lacks). */
export async function writePictures(
  pictures: PictureSource[],
  dir: string,
): Promise<{ pictures: number; files: number; encoded: number }> {
  let files = 0;
  let encoded = 0;
  mkdirSync(path.join(dir, 'pictures'), { recursive: true });
  for (const picture of pictures) {
    try {
      encoded += await encodePicture(picture);
    } catch (error) {
      throw new Error(`${picture.source}: ${(error as Error).message}`);
    }
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
