import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHeadersFile, parseRedirectsFile, TYPES } from '../../scripts/serve.mjs';

/**
 * The objects a bucket must hold to serve an export (`out/`) as the site, on a plain S3 website
 * endpoint as behind a CDN: every URL the site links to is a key. A page `posts/a.html` is the
 * object `posts/a` (type HTML), so `/posts/a` resolves by key; `index.html` and `404.html` keep
 * their names (the website's index and error documents). An old path of a post (`_redirects`)
 * is an object that redirects (`x-amz-website-redirect-location`) and holds the redirect page
 * for stores and CDNs that ignore that header.
 */
export interface SiteObject {
  /** The key under the deploy's prefix: the URL path without its leading slash. */
  key: string;
  /** The file's path in the export, with `/`. */
  path: string;
  file: string;
  size: number;
  /** MD5 of the body, hex: the ETag S3 gives a single-part upload. */
  md5: string;
  contentType: string;
  cacheControl: string;
  redirect?: string;
  /** The order of uploads: what a page links to is up before the page (see STAGES). */
  stage: Stage;
}

/**
 * Upload order, so that no published page ever links to an object not yet up: files pages
 * load (assets, pictures, cards, the search index's shards), then the posts' pages, then
 * what lists them (listings, feeds, sitemap, the index's head file, old paths), the home page
 * and the 404 last. Stale objects are deleted only after all of it.
 */
export const STAGES = ['assets', 'pages', 'listings', 'home'] as const;
export type Stage = (typeof STAGES)[number];

/** Pages are revalidated: a reader gets a new version as soon as it is up. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Files the export holds for hosts to read, not to serve. */
const HOST_FILES = new Set(['_headers', '_redirects']);

function stageOf(file: string): Stage {
  if (file === 'index.html' || file === '404.html') return 'home';
  if (/^posts\/.+\.html$/.test(file)) return 'pages';
  if (
    file.endsWith('.html') ||
    /(^|\/)feed\.(xml|json)$/.test(file) ||
    /^(sitemap\.xml|robots\.txt|llms(-full)?\.txt|manifest\.webmanifest)$/.test(file) ||
    file === 'search-index/meta.json'
  )
    return 'listings';
  return 'assets';
}

const md5Of = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');

/**
 * What decides an object's key and headers besides its bytes: the type of each extension and
 * the export's `_headers` and `_redirects`. The deploy's manifest keeps these (./plan.ts), a
 * few kilobytes whatever the size of the site, instead of a line per object.
 */
export interface MetadataRules {
  types: Record<string, string>;
  headers: string;
  redirects: string;
}

/** An object's key, headers and upload stage, from its file's path in the export. */
export type Placement = Pick<
  SiteObject,
  'key' | 'contentType' | 'cacheControl' | 'redirect' | 'stage'
>;

export function rulesOf(root: string): MetadataRules {
  const read = (name: string) => {
    try {
      return readFileSync(path.join(root, name), 'utf8');
    } catch {
      return '';
    }
  };
  return { types: { ...TYPES }, headers: read('_headers'), redirects: read('_redirects') };
}

/** Places files (paths relative to the export, with `/`) by one set of rules. */
export function placer(rules: MetadataRules): (file: string) => Placement {
  const headerRules = parseHeadersFile(rules.headers);
  const cacheControlOf = (urlPath: string) => {
    let value: string | undefined;
    for (const rule of headerRules) {
      if (!rule.pattern.test(urlPath)) continue;
      for (const [name, header] of rule.headers)
        if (name.toLowerCase() === 'cache-control') value = header;
    }
    return value ?? REVALIDATE;
  };
  const redirects = parseRedirectsFile(rules.redirects).filter((rule) => !rule.splat);
  // The file an old path's page was written as (lib/posts/aliases.ts aliasFile).
  const aliasFiles = new Map(
    redirects.map((rule) => {
      const clean = rule.from.replace(/^\/+/, '');
      return [/\.html?$/.test(clean) ? clean : `${clean}.html`, rule] as const;
    }),
  );
  return (file) => {
    const alias = aliasFiles.get(file);
    const pretty = file.endsWith('.html') && file !== 'index.html' && file !== '404.html';
    const key = alias
      ? alias.from.replace(/^\/+/, '')
      : pretty
        ? file.slice(0, -'.html'.length)
        : file;
    return {
      key,
      contentType: rules.types[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: cacheControlOf(`/${key}`),
      ...(alias ? { redirect: alias.to } : {}),
      stage: alias ? 'listings' : stageOf(file),
    };
  };
}

/** Every object of the export at `root`, in no particular order. */
export function siteObjects(root: string, rules = rulesOf(root)): SiteObject[] {
  const place = placer(rules);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((file) => !HOST_FILES.has(file))
    .map((file): SiteObject => {
      const full = path.join(root, file);
      return {
        ...place(file),
        path: file,
        file: full,
        size: statSync(full).size,
        md5: md5Of(full),
      };
    });
}

/** The headers of an object as the bucket keeps them: a change of any is a new upload. */
export const headersOf = (object: Omit<Placement, 'stage'>) =>
  [object.key, object.contentType, object.cacheControl, object.redirect ?? ''].join(' ');
