import type { ReactNode } from 'react';
import { preload } from 'react-dom';
import type { PictureProps } from '@/lib/pictures/remark-pictures';
import {
  COLUMN_SIZES,
  fallbackOf,
  formatsOf,
  largestFallback,
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
}: PictureProps & { eager: boolean; sizes?: string; className?: string }) {
  const widths = widthsOf(info);
  const srcSet = (format: Parameters<typeof pictureFile>[2]) =>
    widths.map((width) => `${url(info, width, format)} ${width}w`).join(', ');
  const fallback = fallbackOf(info);
  const shown = widths.find((width) => width >= 720) ?? widths[widths.length - 1]!;
  if (eager) {
    // Asked for from <head>, before the parser reaches it (it may be the largest paint): the
    // first format, which every browser that can show it picks from the same srcset and sizes.
    const first = formatsOf(info)[0]!;
    preload(url(info, shown, first), {
      as: 'image',
      type: MIME[first],
      imageSrcSet: srcSet(first),
      imageSizes: sizes,
      fetchPriority: 'high',
    });
  }
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
  return (
    <a className="picture-link" href={withBasePath(`/${largestFallback(info)}`)}>
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

/**
 * `daedam-picture` (lib/pictures/remark-pictures.ts), its props as JSON. One compile serves
 * every page of a post, so which picture loads at once is the page's: the first this render
 * shows, unless something above it (a cover) came first. A new one a page render.
 */
export function firstOnThisPage(afterAnother = false) {
  let seen = afterAnother;
  return function PageFirstPicture({ picture }: { picture: string }) {
    const props = JSON.parse(picture) as PictureProps;
    const eager = !seen;
    seen = true;
    return <ShownPicture {...props} eager={eager} />;
  };
}

/** `daedam-picture` where no page says which comes first: every picture as it nears. */
export function Picture({ picture }: { picture: string }) {
  return <ShownPicture {...(JSON.parse(picture) as PictureProps)} eager={false} />;
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
