import type { ImgHTMLAttributes } from 'react';
import { isSafeHref, withBasePath } from './SafeLink';

/**
 * Images from a post: only http(s) and relative sources load (no `javascript:` or `data:`);
 * anything else shows its alt text so nothing the author wrote disappears.
 */
export function SafeImage({ src, alt = '', title }: ImgHTMLAttributes<HTMLImageElement>) {
  const url = typeof src === 'string' ? src : '';
  if (!url || !isSafeHref(url) || /^mailto:/i.test(url)) {
    return <span className="unsafe-image">{alt}</span>;
  }
  // Post images come from anywhere and have no known size: next/image cannot optimise them
  // in a static export, so a plain lazy <img> is the honest choice.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={withBasePath(url)} alt={alt} title={title} loading="lazy" decoding="async" />;
}
