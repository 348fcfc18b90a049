import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Pretendard 1.3.9 (SIL OFL 1.1, lib/og/fonts/LICENSE.txt) in WOFF: satori reads TTF/OTF/WOFF
 * but not WOFF2 or variable fonts, and these static files hold all 11,172 Hangul syllables.
 * The three weights the cards use are kept in the repository (3.4 MB) instead of installing
 * the 98 MB npm package. Read once per process.
 */
const FONT_DIR = path.join(process.cwd(), 'lib', 'og', 'fonts');

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700 | 800;
  style: 'normal';
}

let fonts: Promise<OgFont[]> | undefined;

export function loadOgFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all(
    (
      [
        ['Pretendard-Regular.woff', 400],
        ['Pretendard-Bold.woff', 700],
        ['Pretendard-ExtraBold.woff', 800],
      ] as const
    ).map(async ([file, weight]) => ({
      name: 'Pretendard',
      data: await readFile(path.join(FONT_DIR, file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** Identifies the font files in the image cache key: new fonts, new images. */
export const OG_FONT_VERSION = 'pretendard-1.3.9-r400-b700-eb800';
