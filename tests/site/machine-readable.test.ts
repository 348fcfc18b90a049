import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadPosts } from '@/lib/posts/load';
import type { PostWithText } from '@/lib/posts/types';
import { serve } from '../helpers/server';
import type { RunningServer } from '../helpers/server';
import { allHtmlFiles, failuresOf, page, siteDir, SITES } from '../helpers/site';
import type { SiteName } from '../helpers/site';

/**
 * The interview in forms other tools read: each post's source at /posts/<slug>.md, /llms.txt,
 * /llms-full.txt, and RSS + JSON feeds for every category, tag and person.
 */
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const SITE_NAMES = ['main', 'fixtures', 'archive', 'hostile'] as const satisfies SiteName[];

const published = async (site: SiteName): Promise<PostWithText[]> =>
  loadPosts(path.join(process.cwd(), SITES[site].env.POSTS_DIR!), { includeDrafts: false });
const drafts = async (site: SiteName): Promise<PostWithText[]> =>
  (
    await loadPosts(path.join(process.cwd(), SITES[site].env.POSTS_DIR!), { includeDrafts: true })
  ).filter((post) => post.draft);
const origin = (site: SiteName) =>
  `${SITES[site].env.SITE_URL || 'http://localhost:3000'}${SITES[site].env.BASE_PATH}`;
const read = (site: SiteName, file: string) => readFileSync(path.join(siteDir(site), file), 'utf8');

describe.each(SITE_NAMES)('the %s site', (site) => {
  test('every published post’s source is at /posts/<slug>.md, byte for byte; drafts are not', async () => {
    const posts = await published(site);
    for (const post of posts) {
      const source = readFileSync(path.join(process.cwd(), SITES[site].env.POSTS_DIR!, post.file));
      expect({
        post: post.slug,
        same: readFileSync(path.join(siteDir(site), 'posts', `${post.slug}.md`)).equals(source),
      }).toEqual({ post: post.slug, same: true });
    }
    for (const post of await drafts(site))
      expect(existsSync(path.join(siteDir(site), 'posts', `${post.slug}.md`))).toBe(false);
  });

  test('each post page links its Markdown with rel="alternate" type="text/markdown"', async () => {
    for (const post of await published(site)) {
      const link = page(site, `/posts/${post.slug}`).querySelector(
        'link[rel="alternate"][type="text/markdown"]',
      );
      expect(link?.getAttribute('href')).toBe(`${origin(site)}/posts/${post.slug}.md`);
    }
  });

  test('/llms.txt: the site, its summary, then every published post with its .md link and description', async () => {
    const text = read(site, 'llms.txt');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# 대담');
    expect(lines[2]).toMatch(/^> \S/);
    const listed = lines
      .map((line) => /^- \[(.+)\]\((\S+)\): (.*)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, title, url, description]) => ({ title, url, description }));
    const posts = await published(site);
    expect(listed).toEqual(
      posts.map((post) => ({
        title: post.title.replace(/\s+/g, ' ').replace(/([\\[\]])/g, '\\$1'),
        url: `${origin(site)}/posts/${post.slug}.md`,
        description: post.description.replace(/\s+/g, ' ').trim(),
      })),
    );
    for (const post of await drafts(site)) expect(text).not.toContain(post.slug);
  });

  test('/llms-full.txt holds every published post’s Markdown and no draft', async () => {
    const text = read(site, 'llms-full.txt');
    for (const post of await published(site)) {
      expect(text).toContain(`## ${post.title.replace(/\s+/g, ' ')}`);
      expect(text).toContain(post.body.trim());
    }
    for (const post of await drafts(site)) expect(text).not.toContain(post.body.trim());
  });
});

/** Every category, tag and person page of a site, with the feeds it names. */
function listingPages(site: SiteName): string[] {
  return allHtmlFiles(site)
    .filter((file) => /^(categories|tags|people)\/[^/]+\.html$/.test(file))
    .map((file) => `/${file.replace(/\.html$/, '')}`);
}

describe.each(['fixtures', 'archive', 'hostile'] as const)(
  'feeds per category, tag and person in %s',
  (site) => {
    const routes = listingPages(site);

    test('there are such pages', () => {
      expect(routes.filter((r) => r.startsWith('/categories/')).length).toBeGreaterThan(0);
      expect(routes.filter((r) => r.startsWith('/tags/')).length).toBeGreaterThan(0);
      expect(routes.filter((r) => r.startsWith('/people/')).length).toBeGreaterThan(0);
    });

    test('each links its own RSS and JSON Feed, which validate and list its posts', async () => {
      const failures = await failuresOf(routes, (route) => {
        const root = page(site, route);
        const self = `${origin(site)}${route}`;
        const rssLink = root.querySelectorAll(
          'link[rel="alternate"][type="application/rss+xml"]',
        )[0];
        const jsonLink = root.querySelectorAll(
          'link[rel="alternate"][type="application/feed+json"]',
        )[0];
        expect(rssLink?.getAttribute('href')).toBe(`${self}/feed.xml`);
        expect(jsonLink?.getAttribute('href')).toBe(`${self}/feed.json`);
        expect(rssLink?.getAttribute('title')).toMatch(/^대담 · .+ RSS$/);

        const base = route.slice(1);
        const rssText = read(site, `${base}/feed.xml`);
        expect(XMLValidator.validate(rssText)).toBe(true);
        const rss = xml.parse(rssText).rss;
        expect(rss['@version']).toBe('2.0');
        expect(rss.channel.link).toBe(self);
        expect(rss.channel.title).toBe(rssLink?.getAttribute('title')?.replace(/ RSS$/, ''));
        expect(rss.channel['atom:link']['@href']).toBe(`${self}/feed.xml`);
        const items = [rss.channel.item ?? []].flat() as Array<{ link: string; title: string }>;

        const json = JSON.parse(read(site, `${base}/feed.json`));
        expect(json).toMatchObject({
          version: 'https://jsonfeed.org/version/1.1',
          home_page_url: self,
          feed_url: `${self}/feed.json`,
        });
        expect(json.items.map((item: { url: string }) => item.url)).toEqual(
          items.map((item) => item.link),
        );
        expect(items.length).toBeGreaterThan(0);

        // The posts the page shows (a person page: the interviews they gave or conducted).
        const shown = [
          ...root.querySelectorAll('.post-list h2 a'),
          ...root.querySelectorAll('.person-interviews a'),
        ].map((a) => `${SITES[site].env.SITE_URL}${a.getAttribute('href')}`);
        expect(new Set(items.map((item) => item.link))).toEqual(new Set(shown.slice(0, 30)));
      });
      expect(failures).toEqual([]);
    });
  },
);

describe('the local server sends the machine-readable files as UTF-8 text', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(siteDir('archive'));
  });
  afterAll(() => server.close());

  test.each([
    ['/posts/lecun-on-world-models.md', 'text/markdown; charset=utf-8'],
    ['/llms.txt', 'text/plain; charset=utf-8'],
    ['/llms-full.txt', 'text/plain; charset=utf-8'],
    ['/tags/ai/feed.xml', 'application/xml; charset=utf-8'],
    ['/tags/ai/feed.json', 'application/json; charset=utf-8'],
  ])('%s is %s', async (route, type) => {
    const response = await fetch(`${server.origin}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  test('_headers says the same to static hosts', () => {
    const headers = read('archive', '_headers');
    expect(headers).toMatch(/^\/posts\/\*\.md\n {2}Content-Type: text\/markdown; charset=utf-8$/m);
    expect(headers).toMatch(/^\/llms\.txt\n {2}Content-Type: text\/plain; charset=utf-8$/m);
  });
});
