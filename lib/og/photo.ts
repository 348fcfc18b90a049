import path from 'node:path';
import { loadSharp, MAX_PIXELS } from '@/lib/pictures/inspect';
import type { CardPhoto } from '@/lib/posts/types';
import { site } from '@/lib/site';
import { CARD_SIZE } from './cards';

/** A photo cut to the box a card shows it in: straight RGBA, row after row. */
export interface PhotoPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface PhotoBox {
  width: number;
  height: number;
}

/**
 * A post's cards are drawn one after another, often by the same thread: its photo is cut once
 * a thread and box, not once a card (a 12-megapixel JPEG takes ~0.1 s to decode even shrunk).
 */
const recent = new Map<string, Promise<PhotoPixels>>();
const KEEP = 8;

/**
 * The card's photo (lib/posts/load.ts chooses it) cropped to fill `box`, with sharp: EXIF
 * orientation applied, the crop placed on what draws the eye (sharp's attention strategy:
 * faces, skin, saturated detail) rather than the middle, transparency laid on the card's paper.
 */
export function photoPixels(photo: CardPhoto, box: PhotoBox): Promise<PhotoPixels> {
  const key = `${photo.hash}:${box.width}x${box.height}`;
  let pixels = recent.get(key);
  if (!pixels) {
    pixels = cut(path.join(site.postsDir, photo.file), box);
    recent.set(key, pixels);
    if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
    pixels.catch(() => recent.delete(key));
  }
  return pixels;
}

async function cut(file: string, box: PhotoBox): Promise<PhotoPixels> {
  const sharp = await loadSharp();
  const { data, info } = await sharp(file, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
    .rotate()
    .resize(box.width, box.height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#fbfaf7' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
  };
}

/**
 * A photo card as JPEG: a palette PNG cannot hold a photograph, and a truecolour PNG of one is
 * ~700 KB. Quality and chroma settings chosen on cards of real photos (bench/README.md).
 */
export async function cardJpeg(pixels: Uint8Array): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(pixels, { raw: { ...CARD_SIZE, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
}
