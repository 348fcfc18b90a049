import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The file of the export in `root` that a page's URL (`/daedam/_next/…` or `/_next/…`) names,
 * with or without the site's base path; undefined when there is none.
 */
export function exportFileOf(root: string, url: string): string | undefined {
  const segments = (url.split(/[?#]/)[0] ?? '').split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const file = path.join(root, ...segments.slice(i));
    if (existsSync(file)) return file;
  }
  return undefined;
}
