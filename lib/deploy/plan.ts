import { headersOf, placer, STAGES } from './objects';
import type { MetadataRules, Placement, SiteObject } from './objects';

/**
 * The manifest a deploy keeps in the bucket: the rules its objects' headers were made by
 * (./objects.ts MetadataRules), not a line per object — a few kilobytes at any size of site,
 * and left alone by a deploy whose rules did not change. An object's bytes are checked by its
 * ETag; its headers by placing its file under the manifest's rules.
 *
 * While a deploy under new rules is on its way, the manifest is a checkpoint: objects up to
 * `through` (in upload order) carry `rules`; the others carry what `previous` says. Every
 * object up to there was uploaded or was already right under both.
 */
export const MANIFEST_KEY = '.daedam-deploy.json';
export interface Manifest {
  version: 2;
  rules: MetadataRules;
  through?: Pick<SiteObject, 'stage' | 'key'>;
  previous?: Manifest | null;
}

export interface Remote {
  /** Every key under the prefix (the prefix taken off) with its ETag, unquoted. */
  etags: Map<string, string>;
  /** null: none, or one this version cannot read (then every object is uploaded once). */
  manifest: Manifest | null;
}

export interface Plan {
  /** New and changed objects, in upload order (STAGES). */
  uploads: SiteObject[];
  /** Keys the bucket holds that the site no longer has. */
  deletes: string[];
  unchanged: number;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Upload order: stage by stage (what a page links to first), then by key. */
export const uploadOrder = (
  a: Pick<SiteObject, 'stage' | 'key'>,
  b: Pick<SiteObject, 'stage' | 'key'>,
) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || byKey(a.key, b.key);

/** A manifest read from the bucket, if it is one this version wrote. */
export function readManifest(text: string): Manifest | null {
  try {
    const value = JSON.parse(text) as Partial<Manifest> | null;
    const valid = (m: Partial<Manifest> | null | undefined): boolean =>
      !!m &&
      m.version === 2 &&
      typeof m.rules?.headers === 'string' &&
      typeof m.rules.redirects === 'string' &&
      typeof m.rules.types === 'object' &&
      (m.through == null ||
        (STAGES.includes(m.through.stage) && typeof m.through.key === 'string')) &&
      (m.previous == null || valid(m.previous));
    return valid(value) ? (value as Manifest) : null;
  } catch {
    return null;
  }
}

/** The headers an object already carries in the bucket, as far as the manifest tells. */
function carried(manifest: Manifest | null) {
  const placers = new Map<Manifest, (file: string) => Placement>();
  return (object: SiteObject): Placement | null => {
    for (let level = manifest; level; level = level.previous ?? null) {
      if (level.through && uploadOrder(object, level.through) > 0) continue;
      if (!placers.has(level)) placers.set(level, placer(level.rules));
      return placers.get(level)!(object.path);
    }
    return null;
  };
}

/**
 * What a deploy must do. An object is up to date when the bucket holds its bytes (the ETag of
 * a single-part upload is their MD5) and the manifest says its key and headers are these;
 * `force` uploads every object.
 */
export function planDeploy(objects: SiteObject[], remote: Remote, force = false): Plan {
  const wanted = new Set(objects.map((object) => object.key));
  const previous = carried(remote.manifest);
  const upToDate = (object: SiteObject) => {
    if (force || remote.etags.get(object.key) !== object.md5) return false;
    const before = previous(object);
    return before !== null && headersOf(before) === headersOf(object);
  };
  const uploads = objects.filter((object) => !upToDate(object)).sort(uploadOrder);
  const deletes = [...remote.etags.keys()]
    .filter((key) => !wanted.has(key) && key !== MANIFEST_KEY)
    .sort(byKey);
  return { uploads, deletes, unchanged: objects.length - uploads.length };
}

/** Whether two manifests say the same of every object (a finished deploy under the same rules). */
export const sameRules = (a: Manifest | null, b: Manifest) =>
  !!a && !a.through && JSON.stringify(a.rules) === JSON.stringify(b.rules);

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
