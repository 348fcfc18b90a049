import { fingerprint, STAGES } from './objects';
import type { SiteObject } from './objects';

/** The manifest a deploy keeps in the bucket: each key's fingerprint (./objects.ts). */
export const MANIFEST_KEY = '.daedam-deploy.json';
export type Manifest = Record<string, string>;

export interface Remote {
  /** Every key under the prefix (the prefix taken off) with its ETag, unquoted. */
  etags: Map<string, string>;
  manifest: Manifest;
}

export interface Plan {
  /** New and changed objects, in upload order (STAGES). */
  uploads: SiteObject[];
  /** Keys the bucket holds that the site no longer has. */
  deletes: string[];
  unchanged: number;
}

/**
 * What a deploy must do. An object is up to date when the bucket holds its bytes (the ETag of
 * a single-part upload is their MD5) and the manifest its type, caching and redirect; an
 * upload cut short by an interrupted deploy is simply not up to date yet.
 */
export function planDeploy(objects: SiteObject[], remote: Remote): Plan {
  const wanted = new Set(objects.map((object) => object.key));
  const uploads = objects
    .filter(
      (object) =>
        remote.etags.get(object.key) !== object.md5 ||
        remote.manifest[object.key] !== fingerprint(object),
    )
    .sort(
      (a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.key.localeCompare(b.key),
    );
  const deletes = [...remote.etags.keys()]
    .filter((key) => !wanted.has(key) && key !== MANIFEST_KEY)
    .sort();
  return { uploads, deletes, unchanged: objects.length - uploads.length };
}

/**
 * The CDN paths a deploy changed (CloudFront invalidation): each uploaded or deleted object's
 * URL, the home page as `/` too. Past `limit` paths one wildcard is cheaper (CloudFront bills
 * invalidation paths past the first thousand a month) and as good.
 */
export function invalidationPaths(
  plan: Pick<Plan, 'uploads' | 'deletes'>,
  prefix: string,
  limit = 1000,
): string[] {
  const base = prefix ? `/${prefix}` : '';
  const keys = [...plan.uploads.map((object) => object.key), ...plan.deletes];
  if (keys.length === 0) return [];
  if (keys.length > limit) return [`${base}/*`];
  const paths = new Set<string>();
  for (const key of keys) {
    paths.add(`${base}/${encodeURI(key)}`);
    if (key === 'index.html') paths.add(`${base}/`);
  }
  return [...paths].sort();
}
