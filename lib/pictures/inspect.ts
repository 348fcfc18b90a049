import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Metadata } from 'sharp';
import type { PictureInfo } from './variants';

/**
 * What the build needs to know of a picture before it shows or encodes it — its size as shown,
 * whether it has transparency, and a hash of its bytes that names its files — and whether it is
 * a picture we publish at all. Every build process reads the pictures of the pages it renders,
 * so what was found is kept on disk, keyed by the file's path, size and modification time.
 */
export const PICTURE_CACHE_DIR = path.join(process.cwd(), '.next', 'cache', 'daedam-pictures');

/**
 * The most pixels a picture may have. A 200-megapixel phone photo is the largest a camera
 * makes; a file that claims more is a mistake or a decompression bomb (a 76 KB PNG can decode
 * to 400 million pixels), refused from its header before anything is decoded.
 */
export const MAX_PIXELS = 200_000_000;
/** Bumped when the encoded files would change (settings, formats): every name changes with it. */
export const ENCODING_VERSION = '2';

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff']);

/** Why a picture cannot be published, and what to do about it. */
export class PictureProblem extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const EXPORT_HINT = 'export it as JPEG (a photo) or PNG (a drawing, a screenshot)';

/**
 * sharp, loaded when a picture is first examined or encoded: every build process loads the
 * posts, most of them never touch a picture (a content check ran ~0.3 s longer with it).
 */
export const loadSharp = async () => (await import('sharp')).default;

async function examine(bytes: Buffer): Promise<PictureInfo> {
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new PictureProblem('is not a picture (its contents are no image format)', EXPORT_HINT);
  }
  const format =
    metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : metadata.format;
  if (format === 'svg') {
    // An SVG is a document that can carry script; served from our origin it could run there.
    throw new PictureProblem('is an SVG, which can carry script: it is not published', EXPORT_HINT);
  }
  if (!ACCEPTED.has(format)) {
    throw new PictureProblem(
      `is a ${format.toUpperCase()} picture, which browsers cannot all show`,
      EXPORT_HINT,
    );
  }
  if ((metadata.pages ?? 1) > 1) {
    throw new PictureProblem(
      `is an animation (${metadata.pages} frames); only still pictures are published`,
      'use one frame as a picture, or a video',
    );
  }
  const { width = 0, height = 0 } = metadata;
  if (width * height > MAX_PIXELS) {
    throw new PictureProblem(
      `is ${width}×${height} pixels (${Math.round((width * height) / 1e6)} megapixels), more than the ${MAX_PIXELS / 1e6} allowed`,
      'resize it to at most a few thousand pixels a side',
    );
  }
  try {
    // Decodes it (small: JPEG and WebP decode at a fraction of their size), so a truncated or
    // damaged file is refused here, not halfway through a build.
    await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .resize(32, 32, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch (error) {
    throw new PictureProblem(
      `cannot be decoded: ${(error as Error).message}`,
      'open it in an image editor and save it again',
    );
  }
  // EXIF orientations 5–8 turn the picture a quarter: it is shown (and encoded) the other way.
  const turned = (metadata.orientation ?? 1) >= 5;
  const hash = createHash('sha256').update(ENCODING_VERSION).update(bytes).digest('hex');
  return {
    hash: hash.slice(0, 16),
    width: turned ? height : width,
    height: turned ? width : height,
    alpha: Boolean(metadata.hasAlpha),
  };
}

const known = new Map<string, Promise<PictureInfo>>();

/** The picture at `file` (an absolute path); throws a PictureProblem when it cannot be published. */
export async function inspectPicture(file: string): Promise<PictureInfo> {
  let stats;
  try {
    stats = await stat(file);
    if (!stats.isFile()) throw new Error('not a file');
  } catch {
    throw new PictureProblem(
      'does not exist',
      'check the path: it is relative to the file that names it',
    );
  }
  const key = `${file}\0${stats.size}\0${stats.mtimeMs}`;
  let info = known.get(key);
  if (!info) {
    info = fromDisk(file, key);
    known.set(key, info);
    info.catch(() => known.delete(key));
  }
  return info;
}

async function fromDisk(file: string, key: string): Promise<PictureInfo> {
  const record = path.join(
    PICTURE_CACHE_DIR,
    'info',
    `${createHash('sha256').update(ENCODING_VERSION).update(key).digest('hex')}.json`,
  );
  try {
    return JSON.parse(await readFile(record, 'utf8')) as PictureInfo;
  } catch {
    // Not examined before: examine it.
  }
  const info = await examine(await readFile(file));
  try {
    mkdirSync(path.dirname(record), { recursive: true });
    // Write then rename: parallel build processes never read a half-written file.
    const partial = `${record}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(info));
    renameSync(partial, record);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return info;
}
