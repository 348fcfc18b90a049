import type { ReactNode } from 'react';
import type { PictureProps } from '@/lib/pictures/remark-pictures';
import {
  COLUMN_SIZES,
  fallbackOf,
  formatsOf,
  MIME,
  pictureFile,
  widthsOf,
} from '@/lib/pictures/variants';
import type { PictureInfo } from '@/lib/pictures/variants';
import { withBasePath } from './SafeLink';

const url = (info: PictureInfo, width: number, format: Parameters<typeof pictureFile>[2]) =>
  withBasePath(`/${pictureFile(info, width, format)}`);

/**
 * A picture from the content folder, as encoded at build time (lib/pictures/): AVIF and WebP
 * `<source>`s and a JPEG/PNG `<img>`, each at every width up to the picture's own, so the
 * browser picks the smallest file that is sharp at the size shown; `width`/`height` reserve
 * its place before it arrives. The first of a page loads at once (it may be the largest paint),
 * the others when they come near. Unless decorative, it links to its largest version.
 */
export function ShownPicture({
  info,
  alt,
  eager,
  sizes = COLUMN_SIZES,
  className,
}: PictureProps & { sizes?: string; className?: string }) {
  const widths = widthsOf(info);
  const srcSet = (format: Parameters<typeof pictureFile>[2]) =>
    widths.map((width) => `${url(info, width, format)} ${width}w`).join(', ');
  const fallback = fallbackOf(info);
  const shown = widths.find((width) => width >= 720) ?? widths[widths.length - 1]!;
  const picture = (
    <picture className={className}>
      {formatsOf(info)
        .filter((format) => format !== fallback)
        .map((format) => (
          <source key={format} type={MIME[format]} srcSet={srcSet(format)} sizes={sizes} />
        ))}
      <img
        src={url(info, shown, fallback)}
        srcSet={srcSet(fallback)}
        sizes={sizes}
        width={info.width}
        height={info.height}
        alt={alt}
        loading={eager ? 'eager' : 'lazy'}
        fetchPriority={eager ? 'high' : undefined}
        decoding={eager ? 'sync' : 'async'}
      />
    </picture>
  );
  if (!alt) return picture;
  const largest = widths[widths.length - 1]!;
  return (
    <a className="picture-link" href={url(info, largest, fallback)}>
      {picture}
    </a>
  );
}

/**
 * A small picture beside the name or title that links what it shows (a list's cover, a
 * portrait among people): decorative there, loaded as the list is read; nothing without one.
 */
export function Thumbnail({ picture, sizes }: { picture?: { info?: PictureInfo }; sizes: string }) {
  if (!picture?.info) return null;
  return <ShownPicture info={picture.info} alt="" eager={false} sizes={sizes} className="thumb" />;
}

/** `daedam-picture` (lib/pictures/remark-pictures.ts): the picture's props arrive as JSON. */
export function Picture({ picture }: { picture: string }) {
  return <ShownPicture {...(JSON.parse(picture) as PictureProps)} />;
}

/**
 * `daedam-picture` for a page that shows part of a post (a question page): the first picture
 * it renders is the page's first, whatever it was in the whole post. A new one a page render.
 */
export function firstOnThisPage() {
  let seen = false;
  return function PageFirstPicture({ picture }: { picture: string }) {
    const props = JSON.parse(picture) as PictureProps;
    const eager = !seen;
    seen = true;
    return <ShownPicture {...props} eager={eager} />;
  };
}

/** `daedam-figure`: a picture alone in its paragraph, with the image title as its caption. */
export function Figure({ caption, children }: { caption?: string; children?: ReactNode }) {
  return (
    <figure className="picture">
      {children}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
