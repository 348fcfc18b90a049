/**
 * The app icons made from the publisher's `icon:` (site.yaml), in place of the software's own
 * (public/): the same names, so every page, the manifest and the feeds link them unchanged.
 * Apple's touch icon has no transparency (iOS draws it on black): flattened on white.
 */
export const ICON_FILES = [
  { file: 'icon-512.png', size: 512, flatten: false },
  { file: 'icon-192.png', size: 192, flatten: false },
  { file: 'apple-touch-icon.png', size: 180, flatten: true },
] as const;
