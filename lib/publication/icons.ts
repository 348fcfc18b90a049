import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { ICON_FILES } from './icon-files';

/** The icons made from the publisher's picture (./icon-files.ts says which). */

/** One icon file's PNG; no metadata, as every published picture (lib/pictures/encode.ts). */
export function iconImage(source: string, { size, flatten }: (typeof ICON_FILES)[number]) {
  let image = sharp(source).rotate().resize(size, size, { fit: 'cover' });
  if (flatten) image = image.flatten({ background: '#ffffff' });
  return image.png({ compressionLevel: 9 }).toBuffer();
}

export async function writeIcons(source: string, dir: string): Promise<number> {
  for (const spec of ICON_FILES)
    await writeFile(path.join(dir, spec.file), await iconImage(source, spec));
  return ICON_FILES.length;
}
