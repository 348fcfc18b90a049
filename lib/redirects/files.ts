import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { t } from '@/lib/i18n';
import { aliasFile, redirectPage, redirectsFile } from '@/lib/posts/aliases';
import type { Post } from '@/lib/posts';
import { postPath } from '@/lib/seo/urls';
import { absoluteUrl, site, sitePath } from '@/lib/site';

/**
 * The files that keep old links working (lib/posts/aliases.ts): a page at each alias and
 * `_redirects`. Written by the content check beside `next build`; `npm run dev` answers the
 * same bytes (pipeline/content-files.ts).
 */
export function redirectFiles(posts: Post[]): Map<string, string> {
  const files = new Map<string, string>();
  const words = {
    language: site.locale,
    title: t.redirect.title,
    text: t.redirect.text,
    siteName: site.name,
  };
  for (const post of posts) {
    for (const alias of post.aliases) {
      files.set(
        aliasFile(alias),
        redirectPage(sitePath(postPath(post)), absoluteUrl(postPath(post)), post.title, words),
      );
    }
  }
  const list = redirectsFile(posts, sitePath);
  if (list) files.set('_redirects', list);
  return files;
}

export function writeRedirectFiles(posts: Post[], dir: string): number {
  const files = redirectFiles(posts);
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return files.size;
}
