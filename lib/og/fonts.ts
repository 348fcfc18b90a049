import { GlobalFonts } from '@napi-rs/canvas';
import path from 'node:path';

/**
 * Pretendard 1.3.9 (SIL OFL 1.1, lib/og/fonts/LICENSE.txt) in WOFF, the three weights the
 * cards use (400, 700, 800), kept in the repository (3.4 MB) instead of the 98 MB npm package;
 * these static files hold all 11,172 Hangul syllables. Registered once a process (a thread
 * registers its own) under the family the cards name.
 */
const FONT_DIR = path.join(process.cwd(), 'lib', 'og', 'fonts');
const FILES = ['Pretendard-Regular.woff', 'Pretendard-Bold.woff', 'Pretendard-ExtraBold.woff'];

let registered = false;

export function registerOgFonts(): void {
  if (registered) return;
  for (const file of FILES) {
    // A missing or unreadable font would silently draw the cards in a fallback face.
    if (!GlobalFonts.registerFromPath(path.join(FONT_DIR, file), 'Pretendard')) {
      throw new Error(`could not load the cards' font ${path.join(FONT_DIR, file)}`);
    }
  }
  registered = true;
}

/** Identifies the font files in the image cache key: new fonts, new images. */
export const OG_FONT_VERSION = 'pretendard-1.3.9-r400-b700-eb800';
