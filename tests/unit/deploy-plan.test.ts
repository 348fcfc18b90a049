import { placer } from '@/lib/deploy/objects';
import type { MetadataRules, SiteObject } from '@/lib/deploy/objects';
import {
  invalidationPaths,
  MANIFEST_KEY,
  planDeploy,
  readManifest,
  sameRules,
} from '@/lib/deploy/plan';
import type { Manifest } from '@/lib/deploy/plan';
import { parseTarget } from '@/lib/deploy/target';

const RULES: MetadataRules = {
  types: { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' },
  headers: '/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  redirects: '',
};

/** An object of the export as the deploy sees it, placed by `rules`. */
const object = (file: string, md5 = `md5-${file}`, rules = RULES): SiteObject => ({
  ...placer(rules)(file),
  path: file,
  file: `/out/${file}`,
  size: 10,
  md5,
});
const keysOf = (objects: SiteObject[]) => objects.map((o) => o.key);

describe('what a deploy does', () => {
  const site = [
    object('index.html'),
    object('posts/a.html'),
    object('assets/enhance-1.js'),
    object('tags/ai.html'),
  ];
  const etags = new Map(site.map((o) => [o.key, o.md5]));
  const manifest: Manifest = { version: 2, rules: RULES };

  test('a first deploy uploads everything, what pages load before pages, the home page last', () => {
    const plan = planDeploy(site, { etags: new Map(), manifest: null });
    expect(keysOf(plan.uploads)).toEqual([
      'assets/enhance-1.js',
      'posts/a',
      'tags/ai',
      'index.html',
    ]);
    expect(plan.deletes).toEqual([]);
  });

  test('an object is up to date when the bucket has its bytes and the manifest its headers', () => {
    expect(planDeploy(site, { etags, manifest }).uploads).toEqual([]);
    // New bytes are an upload; --force uploads everything.
    const edited = [object('posts/a.html', 'md5-new'), ...site.slice(1)];
    expect(keysOf(planDeploy(edited, { etags, manifest }).uploads)).toEqual(['posts/a']);
    expect(planDeploy(site, { etags, manifest }, true).uploads).toHaveLength(4);
    // The same bytes, but no manifest (or one this version cannot read): headers unknown.
    expect(planDeploy(site, { etags, manifest: null }).uploads).toHaveLength(4);
    expect(readManifest('{"posts/a": "md5 text/html"}')).toBeNull();
    expect(readManifest('not json')).toBeNull();
    expect(
      readManifest(JSON.stringify({ ...manifest, through: { stage: 'later', key: 'a' } })),
    ).toBeNull();
    expect(readManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  test('new header rules re-upload exactly the objects whose headers they change', () => {
    const rules = {
      ...RULES,
      headers: RULES.headers + '/tags/*\n  Cache-Control: public, max-age=60\n',
    };
    const now = site.map((o) => object(o.path, o.md5, rules));
    const plan = planDeploy(now, { etags, manifest });
    expect(keysOf(plan.uploads)).toEqual(['tags/ai']);
    expect(plan.uploads[0]!.cacheControl).toBe('public, max-age=60');
    expect(sameRules(manifest, { version: 2, rules })).toBe(false);
    expect(sameRules(manifest, { version: 2, rules: RULES })).toBe(true);
    // An old path (_redirects) becomes an object that redirects: a new upload of the same bytes.
    const moved = { ...RULES, redirects: '/tags/ai /posts/a 301\n' };
    expect(
      keysOf(
        planDeploy(
          site.map((o) => object(o.path, o.md5, moved)),
          { etags, manifest },
        ).uploads,
      ),
    ).toEqual(['tags/ai']);
  });

  test('a checkpoint: objects up to `through` carry the new rules, the rest the previous ones', () => {
    const rules = { ...RULES, types: { ...RULES.types, '.html': 'text/html' } };
    const now = site.map((o) => object(o.path, o.md5, rules));
    // A deploy under `rules` was cut short once posts/a was up (assets had nothing to change).
    const checkpoint: Manifest = {
      version: 2,
      rules,
      through: { stage: 'pages', key: 'posts/a' },
      previous: manifest,
    };
    expect(keysOf(planDeploy(now, { etags, manifest: checkpoint }).uploads)).toEqual([
      'tags/ai',
      'index.html',
    ]);
    // A first deploy cut short: nothing is known past `through`.
    const first: Manifest = { ...checkpoint, previous: null };
    expect(keysOf(planDeploy(now, { etags, manifest: first }).uploads)).toEqual([
      'tags/ai',
      'index.html',
    ]);
    // Cut short again under yet other rules: each level answers for its own stretch.
    const again: Manifest = {
      version: 2,
      rules: RULES,
      through: { stage: 'assets', key: 'assets/enhance-1.js' },
      previous: checkpoint,
    };
    expect(readManifest(JSON.stringify(again))).toEqual(again);
    // posts/a was last uploaded under `rules`; the others still carry RULES, as now.
    expect(keysOf(planDeploy(site, { etags, manifest: again }).uploads)).toEqual(['posts/a']);
  });

  test('stale objects are deleted; the manifest never is', () => {
    const withStale = new Map([...etags, ['posts/gone', 'x'], [MANIFEST_KEY, 'y']]);
    expect(planDeploy(site, { etags: withStale, manifest }).deletes).toEqual(['posts/gone']);
  });

  test('CloudFront is asked to forget exactly the changed paths, the home page as / too', () => {
    const plan = {
      uploads: [object('index.html'), object('posts/한국.html')],
      deletes: ['posts/gone'],
    };
    expect(invalidationPaths(plan, '')).toEqual([
      '/',
      '/index.html',
      `/posts/${encodeURI('한국')}`,
      '/posts/gone',
    ]);
    expect(invalidationPaths(plan, 'blog')).toContain('/blog/');
    expect(invalidationPaths(plan, 'blog', 2)).toEqual(['/blog/*']);
    expect(invalidationPaths({ uploads: [], deletes: [] }, '')).toEqual([]);
  });

  test.each([
    ['s3://site', { bucket: 'site', prefix: '' }],
    ['s3://my.site-bucket/blog/', { bucket: 'my.site-bucket', prefix: 'blog' }],
    ['s3://bk1/a/b', { bucket: 'bk1', prefix: 'a/b' }],
  ])('%s', (value, target) => {
    expect(parseTarget(value)).toEqual(target);
  });

  test.each(['site', 'https://s3.amazonaws.com/site', 's3://', 's3://UPPER'])(
    '%s is refused',
    (value) => {
      expect(() => parseTarget(value)).toThrow('the destination must be an S3 address');
    },
  );
});
