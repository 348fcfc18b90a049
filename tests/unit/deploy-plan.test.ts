import { fingerprint } from '@/lib/deploy/objects';
import type { SiteObject } from '@/lib/deploy/objects';
import { invalidationPaths, MANIFEST_KEY, planDeploy } from '@/lib/deploy/plan';
import { parseTarget } from '@/lib/deploy/target';

const object = (key: string, stage: SiteObject['stage'], md5 = `md5-${key}`): SiteObject => ({
  key,
  file: `/out/${key}`,
  size: 10,
  md5,
  contentType: 'text/html; charset=utf-8',
  cacheControl: 'public, max-age=0, must-revalidate',
  stage,
});

describe('what a deploy does', () => {
  const site = [
    object('index.html', 'home'),
    object('posts/a', 'pages'),
    object('assets/enhance-1.js', 'assets'),
    object('tags/ai', 'listings'),
  ];

  test('a first deploy uploads everything, what pages load before pages, the home page last', () => {
    const plan = planDeploy(site, { etags: new Map(), manifest: {} });
    expect(plan.uploads.map((o) => o.key)).toEqual([
      'assets/enhance-1.js',
      'posts/a',
      'tags/ai',
      'index.html',
    ]);
    expect(plan.deletes).toEqual([]);
  });

  test('an object is up to date when the bucket has its bytes and the manifest its headers', () => {
    const etags = new Map(site.map((o) => [o.key, o.md5]));
    const manifest = Object.fromEntries(site.map((o) => [o.key, fingerprint(o)]));
    expect(planDeploy(site, { etags, manifest }).uploads).toEqual([]);
    // New bytes, or the same bytes with other caching, are an upload.
    const edited = [object('posts/a', 'pages', 'md5-new'), ...site.slice(1)];
    expect(planDeploy(edited, { etags, manifest }).uploads.map((o) => o.key)).toEqual(['posts/a']);
    const recached = site.map((o) =>
      o.key === 'tags/ai' ? { ...o, cacheControl: 'no-store' } : o,
    );
    expect(planDeploy(recached, { etags, manifest }).uploads.map((o) => o.key)).toEqual([
      'tags/ai',
    ]);
    // Bytes up without a manifest entry (a deploy cut short): uploaded again, headers and all.
    const partial = { ...manifest };
    delete partial['posts/a'];
    expect(planDeploy(site, { etags, manifest: partial }).uploads.map((o) => o.key)).toEqual([
      'posts/a',
    ]);
  });

  test('stale objects are deleted; the manifest never is', () => {
    const etags = new Map([
      ...site.map((o): [string, string] => [o.key, o.md5]),
      ['posts/gone', 'x'],
      [MANIFEST_KEY, 'y'],
    ]);
    const manifest = Object.fromEntries(site.map((o) => [o.key, fingerprint(o)]));
    expect(planDeploy(site, { etags, manifest }).deletes).toEqual(['posts/gone']);
  });

  test('CloudFront is asked to forget exactly the changed paths, the home page as / too', () => {
    const plan = {
      uploads: [object('index.html', 'home'), object('posts/한국', 'pages')],
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
