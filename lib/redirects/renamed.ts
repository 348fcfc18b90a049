import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Post } from '@/lib/posts';

/**
 * Posts the last build published that this one does not, and which no alias keeps: a renamed
 * file without `aliases:` breaks every link readers shared. Found from the last build's
 * sitemap (`<out>/sitemap.xml`, when it is at hand); a warning, not an error (a post may be
 * withdrawn on purpose). The old Markdown source (`/posts/<slug>.md`) names the title, which
 * finds the post it most likely became.
 */
export function renamedWithoutAlias(
  previousOut: string,
  posts: Post[],
  basePath: string,
): string[] {
  const sitemap = path.join(previousOut, 'sitemap.xml');
  if (!existsSync(sitemap)) return [];
  const published = new Set(posts.map((post) => `/posts/${post.slug}`));
  for (const post of posts) for (const alias of post.aliases) published.add(alias);
  const gone = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map(([, loc]) => new URL(loc!.replace(/&amp;/g, '&')).pathname)
    .map((pathname) =>
      pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname,
    )
    .filter((pathname) => /^\/posts\/[^/]+$/.test(pathname) && !published.has(pathname));
  return gone.map((old) => {
    const source = path.join(previousOut, `${old}.md`);
    const title = existsSync(source)
      ? /^title:\s*["']?(.+?)["']?\s*$/m.exec(readFileSync(source, 'utf8'))?.[1]
      : undefined;
    const heir = title && posts.find((post) => post.title === title);
    return (
      `${old} was published by the last build and is gone: links to it now break.` +
      (heir
        ? `\n    → if ${heir.file} is that post renamed, add to its frontmatter: aliases: [${old}]`
        : `\n    → if its post was renamed, add aliases: [${old}] to the renamed post`)
    );
  });
}
