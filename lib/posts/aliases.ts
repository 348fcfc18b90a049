import { createHash } from 'node:crypto';
import type { ContentIssue } from './errors';
import type { Post } from './types';

/**
 * `aliases:` — the old paths of a post (renamed file, moved from another site). Each is
 * published as a small page that sends the reader on, query and `#q-N` included, and as a
 * line of `_redirects` for hosts that read it (and `npm start`'s server): a link a reader
 * shared never breaks.
 */

/** The file an alias is published as: `/posts/old` → `posts/old.html`; `/a/b.html` as is. */
export function aliasFile(alias: string): string {
  const clean = alias.replace(/^\/+/, '');
  return /\.html?$/.test(clean) ? clean : `${clean === '' ? 'index' : clean}.html`;
}

/**
 * Sends the reader on with what their link carried (`?t=`, `#q-3`), which a meta refresh
 * drops: fixed text, so its CSP hash is fixed too. The refresh stays for readers without it.
 */
export const REDIRECT_SCRIPT =
  'var s=document.currentScript;location.replace(s.dataset.to+location.search+location.hash)';
const SCRIPT_HASH = `sha256-${createHash('sha256').update(REDIRECT_SCRIPT).digest('base64')}`;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface RedirectWords {
  language: string;
  title: string;
  text: string;
  siteName: string;
}

/** The page published at an old path: `to` is the new site path (base path included). */
export function redirectPage(to: string, canonical: string, title: string, words: RedirectWords) {
  const href = escapeHtml(to);
  return `<!doctype html>
<html lang="${escapeHtml(words.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src '${SCRIPT_HASH}'; base-uri 'none'; form-action 'none'">
<meta name="robots" content="noindex">
<title>${escapeHtml(words.title)} · ${escapeHtml(words.siteName)}</title>
<link rel="canonical" href="${escapeHtml(canonical)}">
<script data-to="${href}">${REDIRECT_SCRIPT}</script>
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>${escapeHtml(words.text)} <a href="${href}">${escapeHtml(title)}</a></p>
</body>
</html>
`;
}

/**
 * `_redirects` (Netlify, Cloudflare Pages; scripts/serve.mjs): a line an alias. Static lines
 * only: Cloudflare Pages takes 2,000 of them but only 100 with a splat. Netlify serves the
 * redirect page instead when it finds one (its "shadowing"), which sends the reader on too.
 */
export function redirectsFile(posts: Post[], sitePath: (path: string) => string): string {
  const lines = posts.flatMap((post) =>
    post.aliases.map((alias) => `${sitePath(alias)} ${sitePath(`/posts/${post.slug}`)} 301`),
  );
  return lines.length > 0
    ? `# Old paths of renamed posts (frontmatter aliases), for hosts that read this file.\n${lines.join('\n')}\n`
    : '';
}

/** Folders of files the build writes, and the listings' numbered pages. */
const GENERATED = /^\/(_next|assets|pictures|recordings|search-index|page)(\/|$)/;

/** Every page path of an archive of `posts` whose people have `personSlugs`. */
export function pagePathsOf(
  posts: Post[],
  parts: { people: string[]; categories: string[]; tags: string[]; series: string[] },
): Set<string> {
  const paths = ['/search', '/people', '/archive', '/series', '/404'];
  for (const post of posts) {
    paths.push(`/posts/${post.slug}`, `/archive/${post.date.slice(0, 4)}`);
    for (const q of post.questions) paths.push(`/posts/${post.slug}/q/${q.n}`);
  }
  for (const slug of parts.people) paths.push(`/people/${slug}`);
  for (const slug of parts.categories) paths.push(`/categories/${slug}`);
  for (const slug of parts.tags) paths.push(`/tags/${slug}`);
  for (const slug of parts.series) paths.push(`/series/${slug}`);
  return new Set(paths);
}

/**
 * An alias that would hide a real page, or that two posts claim, is refused: a redirect must
 * never replace something published. `pages` is every page path this archive has.
 */
export function aliasIssues(posts: Post[], pages: Set<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const claimed = new Map<string, string>();
  for (const post of posts) {
    for (const alias of post.aliases) {
      const path = alias.replace(/\.html?$/, '');
      if (pages.has(path) || alias === '/' || GENERATED.test(alias)) {
        issues.push({
          file: post.file,
          field: 'aliases',
          message: `${alias} is a page of this site; an alias may only name a path that is gone`,
          hint: 'remove it from aliases (or rename the page that has that path)',
        });
      }
      const twin = claimed.get(path);
      if (twin && twin !== post.file) {
        issues.push({
          file: post.file,
          field: 'aliases',
          message: `${twin} names the alias ${alias} too`,
          hint: 'an old path can lead to one post only',
        });
      }
      claimed.set(path, post.file);
    }
  }
  return issues;
}
