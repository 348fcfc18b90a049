import type { AnchorHTMLAttributes } from 'react';
import { site } from '@/lib/site';

/**
 * Only http(s), mailto, fragment and relative URLs become links; anything else (javascript:,
 * data:, vbscript:, …) is rendered as its text so nothing the author wrote is lost.
 */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (!scheme) return !/^[\s\\/]*\\/.test(value); // relative, but not a `\\evil` host trick
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}

export function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}

/** `/posts/a` written in a post must still work when the site lives under BASE_PATH. */
export function withBasePath(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${site.basePath}${url}` : url;
}

export function SafeLink({
  href = '',
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (!isSafeHref(href)) return <span className="unsafe-link">{children}</span>;
  const external = isExternal(href);
  return (
    <a {...rest} href={withBasePath(href)} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}
