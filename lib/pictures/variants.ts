/**
 * The files a picture is published as, named from its content: every format at every width
 * up to its own. Pure, so that the page that shows a picture (components/markdown/Picture.tsx)
 * and the step that encodes it (./encode.ts) name the same files without talking to each other.
 */
export interface PictureInfo {
  /** Hex digest of the source bytes and the encoding settings (./inspect.ts). */
  hash: string;
  /** Pixel size as shown: EXIF orientation already applied. */
  width: number;
  height: number;
  /** Has transparency: the fallback is PNG, not JPEG. */
  alpha: boolean;
}

export type PictureFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/**
 * Widths a reader's screen asks for: the text column is 40rem (640 CSS px) and phones are
 * 360–430 px wide at 2–3× (app/globals.css). Each shown width gets a file between it and
 * twice it.
 */
export const PICTURE_WIDTHS = [360, 720, 1080, 1440, 2160] as const;
const LARGEST = 2160;

/** The `sizes` of a picture in the text column: full width on a phone, the column beyond. */
export const COLUMN_SIZES = '(max-width: 40rem) calc(100vw - 2.5rem), 40rem';

export const MIME: Record<PictureFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

const EXTENSION: Record<PictureFormat, string> = {
  avif: 'avif',
  webp: 'webp',
  jpeg: 'jpg',
  png: 'png',
};

/** The widths made of a picture: the standard ones below its own, and its own (capped). */
export function widthsOf(info: PictureInfo): number[] {
  const largest = Math.min(info.width, LARGEST);
  return [...PICTURE_WIDTHS.filter((w) => w < largest), largest];
}

export const fallbackOf = (info: PictureInfo): PictureFormat => (info.alpha ? 'png' : 'jpeg');

/** The formats, best first: what `<source>`s offer, then the `<img>`'s own. */
export const formatsOf = (info: PictureInfo): PictureFormat[] => ['avif', 'webp', fallbackOf(info)];

/** The site path of one file (`pictures/<hash>-<width>.<ext>`, no leading slash). */
export function pictureFile(info: PictureInfo, width: number, format: PictureFormat): string {
  return `pictures/${info.hash}-${width}.${EXTENSION[format]}`;
}

/** The largest file in the format every browser and crawler reads (a click's target). */
export function largestFallback(info: PictureInfo): string {
  const widths = widthsOf(info);
  return pictureFile(info, widths[widths.length - 1]!, fallbackOf(info));
}

/** Height at `width`, as the encoder rounds it. */
export const heightAt = (info: PictureInfo, width: number) =>
  Math.max(1, Math.round((info.height * width) / info.width));

/** Every file of a picture. */
export function pictureFiles(
  info: PictureInfo,
): Array<{ file: string; width: number; format: PictureFormat }> {
  return formatsOf(info).flatMap((format) =>
    widthsOf(info).map((width) => ({ file: pictureFile(info, width, format), width, format })),
  );
}

/** Which file a published path names, when it is a picture's (`/pictures/<hash>-<w>.<ext>`). */
export function parsePictureFile(
  pathname: string,
): { hash: string; width: number; format: PictureFormat } | undefined {
  const match = /^\/pictures\/([0-9a-f]{16})-(\d+)\.(avif|webp|jpg|png)$/.exec(pathname);
  if (!match) return undefined;
  const format = (Object.keys(EXTENSION) as PictureFormat[]).find(
    (f) => EXTENSION[f] === match[3],
  )!;
  return { hash: match[1]!, width: Number(match[2]), format };
}
