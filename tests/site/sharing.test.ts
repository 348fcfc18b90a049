import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import type { HTMLElement } from 'node-html-parser';
import { FIRST_POST_SLUG } from '../helpers/content';
import { pngSize } from '../helpers/png';
import { allHtmlFiles, page, siteDir, textOf } from '../helpers/site';
import type { SiteName } from '../helpers/site';

const ORIGIN = 'https://daedam.example'; // SITE_URL of the fixtures site
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function meta(root: HTMLElement, key: string): string | undefined {
  const tag = root.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return tag?.getAttribute('content');
}

function metas(root: HTMLElement, key: string): string[] {
  return root
    .querySelectorAll(`meta[property="${key}"]`)
    .map((tag) => tag.getAttribute('content')!);
}

function jsonLd(root: HTMLElement): Record<string, unknown> {
  const script = root.querySelector('script[type="application/ld+json"]')!;
  expect(script.textContent).not.toContain('<');
  return JSON.parse(script.textContent) as Record<string, unknown>;
}

function fileOf(site: SiteName, url: string): string {
  const { pathname } = new URL(url);
  return path.join(siteDir(site), decodeURIComponent(pathname));
}

describe('a post’s link preview', () => {
  const root = page('fixtures', '/posts/panel-on-korean-nlp');

  test('has title, description, canonical and Open Graph article tags, all absolute', () => {
    expect(textOf(root.querySelector('title'))).toBe(
      '한국어 자연어 처리, 세 연구자에게 묻다 · 대담',
    );
    const url = `${ORIGIN}/posts/panel-on-korean-nlp`;
    expect(root.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(url);
    expect(meta(root, 'description')).toBe(
      '형태소 분석에서 대규모 언어 모델까지, 세 연구자가 지난 10년을 돌아봤다.',
    );
    expect(meta(root, 'og:url')).toBe(url);
    expect(meta(root, 'og:type')).toBe('article');
    expect(meta(root, 'og:site_name')).toBe('대담');
    expect(meta(root, 'og:locale')).toBe('ko_KR');
    expect(meta(root, 'og:title')).toBe('한국어 자연어 처리, 세 연구자에게 묻다');
    expect(meta(root, 'article:published_time')).toBe('2024-03-02');
    expect(meta(root, 'article:section')).toBe('인공 지능');
    expect(metas(root, 'article:tag')).toEqual(['NLP', '한국어']);
    expect(meta(root, 'twitter:card')).toBe('summary_large_image');
  });

  test('points to its own 1200×630 PNG card', () => {
    const image = meta(root, 'og:image')!;
    expect(image).toBe(`${ORIGIN}/posts/panel-on-korean-nlp/og.png`);
    expect(meta(root, 'og:image:width')).toBe('1200');
    expect(meta(root, 'og:image:height')).toBe('630');
    expect(meta(root, 'twitter:image')).toBe(image);
    expect(pngSize(fileOf('fixtures', image))).toEqual({ width: 1200, height: 630 });
  });

  test('a post with a cover photo shares a JPEG card with the photo in it, its questions too', async () => {
    const photoPost = page('fixtures', '/posts/photo-essay');
    const image = meta(photoPost, 'og:image')!;
    expect(image).toBe(`${ORIGIN}/posts/photo-essay/og.jpg`);
    expect(meta(photoPost, 'og:image:type')).toBe('image/jpeg');
    expect(meta(photoPost, 'twitter:image')).toBe(image);
    const question = page('fixtures', '/posts/photo-essay/q/1');
    expect(meta(question, 'og:image')).toBe(`${ORIGIN}/posts/photo-essay/q/1/og.jpg`);
    expect(meta(question, 'og:image:type')).toBe('image/jpeg');
    for (const url of [image, meta(question, 'og:image')!]) {
      const { format, width, height, exif } = await sharp(fileOf('fixtures', url)).metadata();
      expect({ url, format, width, height, exif }).toEqual({
        url,
        format: 'jpeg',
        width: 1200,
        height: 630,
        exif: undefined,
      });
    }
    // A card of text only stays a PNG.
    expect(meta(root, 'og:image:type')).toBe('image/png');
  });

  test('a frontmatter image replaces the card', () => {
    expect(meta(page('fixtures', '/posts/hand-written'), 'og:image')).toBe(
      `${ORIGIN}/icon-512.png`,
    );
  });

  test('carries Article JSON-LD about the interviewee', () => {
    const data = jsonLd(page('main', `/posts/${FIRST_POST_SLUG}`));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'AI 갓파더 얀 르쿤의 AI, LLM에 대한 인터뷰내용',
      datePublished: '2023-04-16',
      inLanguage: 'ko',
      about: { '@type': 'Person', name: 'LeCun' },
      isBasedOn: 'https://t.co/CIU4E5NLC8',
    });
  });

  test('JSON-LD of hostile text is escaped, and parses back to the same text', () => {
    const data = jsonLd(page('hostile', '/posts/hostile-interview'));
    expect(data.headline).toBe(
      '<script>window.__pwned = "title"</script> 제목 </title><script>window.__pwned = "title2"</script>',
    );
    expect(data.description).toBe(
      '설명 </script><script>window.__pwned = "description"</script> 끝',
    );
  });

  test('without a description or lead, the opening text is trimmed at a word boundary', () => {
    const description = meta(page('fixtures', '/posts/hand-written'), 'description')!;
    expect(description).toBe(
      'MDX로도 같은 모양이 되나요? 네, 같은 HTML이 됩니다. 둘째 문단도 같은 답 안에 있습니다.',
    );
    const long = meta(page('main', `/posts/${FIRST_POST_SLUG}/q/4`), 'description')!;
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('…')).toBe(true);
    expect(long).toMatch(
      /^Barron's: AI 개발 6개월 중단을 요청하는 서한에 왜 그렇게 반대하시나요\? — LeCun: 저는/,
    );
    expect(long.slice(0, -1)).toMatch(/[^\s]$/);
  });
});

describe('a page for every single question', () => {
  const post = `/posts/${FIRST_POST_SLUG}`;

  test.each([1, 2, 3, 4, 5, 6, 7])(
    'question %i has its own preview, canonical to the post',
    (n) => {
      const root = page('main', `${post}/q/${n}`);
      const main = root.querySelector('main')!;
      expect(main.querySelectorAll('section.qa').map((s) => s.id)).toEqual([`q-${n}`]);
      expect(main.querySelector('.lead')).toBeNull();
      expect(main.querySelector(`a[href="${post}#q-${n}"]`)).not.toBeNull();
      const question = textOf(main.querySelector(`#q-${n}-q .question-text`));
      expect(textOf(root.querySelector('title'))).toBe(`${question} · 대담`);
      expect(root.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
        `http://localhost:3000${post}`,
      );
      expect(meta(root, 'og:url')).toBe(`http://localhost:3000${post}/q/${n}`);
      const image = meta(root, 'og:image')!;
      expect(image).toBe(`http://localhost:3000${post}/q/${n}/og.png`);
      expect(pngSize(fileOf('main', image))).toEqual({ width: 1200, height: 630 });
    },
  );

  test('the site has its own default card', () => {
    const home = page('main', '/');
    expect(meta(home, 'og:image')).toBe('http://localhost:3000/og.png');
    expect(pngSize(path.join(siteDir('main'), 'og.png'))).toEqual({ width: 1200, height: 630 });
  });
});

describe('question pages cut out of their post page', () => {
  const SWAPPED = new Set([
    'title',
    'description',
    'og:title',
    'og:description',
    'og:url',
    'og:image',
    'og:image:alt',
    'og:image:type',
    'og:image:width',
    'og:image:height',
    'twitter:title',
    'twitter:description',
    'twitter:image',
    'Content-Security-Policy',
  ]);
  /** Every <head> tag as "key → value", in order (the CSP and the swapped values left out). */
  const headOf = (root: HTMLElement) =>
    root
      .querySelectorAll('head > meta, head > link, head > title')
      .map((tag) => {
        const key =
          tag.tagName === 'TITLE'
            ? 'title'
            : (tag.getAttribute('property') ??
              tag.getAttribute('name') ??
              tag.getAttribute('http-equiv') ??
              `${tag.getAttribute('rel')} ${tag.getAttribute('type') ?? ''}`);
        const value = tag.getAttribute('content') ?? tag.getAttribute('href') ?? tag.text;
        return [key, value] as const;
      })
      .filter(([key]) => !SWAPPED.has(key))
      .map(([key, value]) => `${key} → ${value}`);
  const questionFiles = (site: SiteName) =>
    allHtmlFiles(site).filter((file) => /^posts\/[^/]+\/q\/\d+\.html$/.test(file));

  test('no exported page keeps the hidden copy of its question pages', () => {
    for (const site of ['main', 'fixtures', 'hostile', 'archive'] as const) {
      for (const file of allHtmlFiles(site)) {
        const html = readFileSync(path.join(siteDir(site), file), 'utf8');
        expect([file, html.includes('data-question-page')]).toEqual([file, false]);
      }
    }
  });

  test.each(['main', 'fixtures', 'archive'] as const)(
    'a question page says what its post page says, with its own title, text, URL and card (%s)',
    (site) => {
      const files = questionFiles(site);
      expect(files.length).toBeGreaterThan(0);
      const origin = meta(page(site, '/'), 'og:url')!.replace(/\/$/, '');
      for (const file of files) {
        const route = `/${file.replace(/\.html$/, '')}`;
        const question = page(site, route);
        const post = page(site, route.replace(/\/q\/\d+$/, ''));
        // The one designed difference: the post page carries the stylesheet inside it, the
        // question page links the same file (pipeline/inline-styles.ts).
        const linked = headOf(question).filter((tag) => tag.startsWith('stylesheet '));
        expect(linked).toHaveLength(1);
        const href = linked[0]!.split(' → ')[1]!;
        const file_ = path.join(siteDir(site), href.replace(/^\/daedam\//, '/'));
        expect(post.querySelector('head > style')!.rawText).toBe(readFileSync(file_, 'utf8'));
        expect([file, headOf(question).filter((tag) => !linked.includes(tag))]).toEqual([
          file,
          headOf(post),
        ]);
        expect(meta(question, 'og:url')).toBe(`${origin}${route}`);
        const card = meta(post, 'og:image')!.endsWith('.jpg') ? 'og.jpg' : 'og.png';
        expect(meta(question, 'twitter:image')).toBe(`${origin}${route}/${card}`);
      }
    },
  );

  test('a post with its own image: its question pages give their card’s type and size', () => {
    const post = page('fixtures', '/posts/hand-written');
    expect(meta(post, 'og:image')).toBe(`${ORIGIN}/icon-512.png`);
    expect(meta(post, 'og:image:width')).toBeUndefined();
    const question = page('fixtures', '/posts/hand-written/q/1');
    expect(meta(question, 'og:image')).toBe(`${ORIGIN}/posts/hand-written/q/1/og.png`);
    expect(['type', 'width', 'height'].map((p) => meta(question, `og:image:${p}`))).toEqual([
      'image/png',
      '1200',
      '630',
    ]);
    expect(pngSize(fileOf('fixtures', meta(question, 'og:image')!))).toEqual({
      width: 1200,
      height: 630,
    });
  });
});

describe('feeds and discovery', () => {
  test('every page advertises the RSS and JSON feeds', () => {
    for (const file of allHtmlFiles('fixtures').filter(
      (f) => !f.includes('404') && !f.includes('not-found'),
    )) {
      const root = page('fixtures', `/${file.replace(/\.html$/, '')}`);
      const hrefs = (type: string) =>
        root
          .querySelectorAll(`link[rel="alternate"][type="${type}"]`)
          .map((link) => link.getAttribute('href'));
      // The site's feeds everywhere; a category, tag or person page names its own feed first
      // (tests/site/machine-readable.test.ts), so readers subscribe to what they are looking at.
      expect(hrefs('application/rss+xml')).toContain(`${ORIGIN}/feed.xml`);
      expect(hrefs('application/feed+json')).toContain(`${ORIGIN}/feed.json`);
      expect(hrefs('application/rss+xml').at(-1)).toBe(`${ORIGIN}/feed.xml`);
    }
  });

  test('RSS 2.0 lists the published posts newest first with absolute links and real dates', () => {
    const feed = xml.parse(readFileSync(path.join(siteDir('fixtures'), 'feed.xml'), 'utf8'));
    expect(feed.rss['@version']).toBe('2.0');
    const channel = feed.rss.channel;
    expect(channel.title).toBe('대담');
    expect(channel['atom:link']['@href']).toBe(`${ORIGIN}/feed.xml`);
    const items = channel.item as Array<Record<string, unknown>>;
    expect(items.map((item) => item.link)).toEqual([
      `${ORIGIN}/posts/panel-on-korean-nlp`,
      `${ORIGIN}/posts/hand-written`,
      `${ORIGIN}/posts/plain-essay`,
      `${ORIGIN}/posts/photo-essay`,
    ]);
    expect(new Date(items[0]!.pubDate as string).toISOString()).toBe('2024-03-01T15:00:00.000Z'); // 2024-03-02 in Seoul
    expect(items[0]!['content:encoded']).toContain(
      `<a href="${ORIGIN}/posts/panel-on-korean-nlp#q-1">`,
    );
  });

  test('hostile text is escaped in the feeds', () => {
    const text = readFileSync(path.join(siteDir('hostile'), 'feed.xml'), 'utf8');
    expect(text).not.toMatch(/<script|<img|<svg/i);
    const feed = xml.parse(text);
    // The hostile folder holds more than one post: look at every item.
    const titles = [feed.rss.channel.item].flat().map((item: { title: string }) => item.title);
    expect(titles).toContain(
      '<script>window.__pwned = "title"</script> 제목 </title><script>window.__pwned = "title2"</script>',
    );
    const json = JSON.parse(readFileSync(path.join(siteDir('hostile'), 'feed.json'), 'utf8'));
    expect(json.items.length).toBe(titles.length);
    for (const item of json.items) expect(item.content_html).not.toMatch(/<script|<img/i);
  });

  test('JSON Feed 1.1 has the same posts', () => {
    const feed = JSON.parse(readFileSync(path.join(siteDir('fixtures'), 'feed.json'), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([
      `${ORIGIN}/posts/panel-on-korean-nlp`,
      `${ORIGIN}/posts/hand-written`,
      `${ORIGIN}/posts/plain-essay`,
      `${ORIGIN}/posts/photo-essay`,
    ]);
  });

  test('the sitemap lists every public page once, absolute, with lastmod, and no drafts', () => {
    const sitemap = xml.parse(readFileSync(path.join(siteDir('fixtures'), 'sitemap.xml'), 'utf8'));
    const urls = (sitemap.urlset.url as Array<{ loc: string; lastmod: string }>).map((u) => [
      u.loc,
      u.lastmod,
    ]);
    expect(urls).toEqual([
      [`${ORIGIN}/`, '2024-03-02'],
      [`${ORIGIN}/posts/panel-on-korean-nlp`, '2024-03-02'],
      [`${ORIGIN}/posts/hand-written`, '2024-01-15'],
      [`${ORIGIN}/posts/plain-essay`, '2023-11-20'],
      [`${ORIGIN}/posts/photo-essay`, '2023-06-15'],
      [`${ORIGIN}/categories/munhwa`, '2023-06-15'],
      [`${ORIGIN}/categories/ingong-jineung`, '2024-03-02'],
      [`${ORIGIN}/categories/nlp`, '2023-11-20'],
      [`${ORIGIN}/categories/uncategorized`, '2024-01-15'],
      [`${ORIGIN}/tags/sajin`, '2023-06-15'],
      [`${ORIGIN}/tags/hangukeo`, '2024-03-02'],
      [`${ORIGIN}/tags/mdx`, '2024-01-15'],
      [`${ORIGIN}/tags/nlp`, '2024-03-02'],
      // The archive by year (issue 31): the years of the published posts, newest first.
      [`${ORIGIN}/archive`, '2024-03-02'],
      [`${ORIGIN}/archive/2024`, '2024-03-02'],
      [`${ORIGIN}/archive/2023`, '2023-11-20'],
      [`${ORIGIN}/people`, '2024-03-02'],
      [`${ORIGIN}/people/gimyeongu`, '2024-03-02'],
      [`${ORIGIN}/people/bakgyosu`, '2024-03-02'],
      [`${ORIGIN}/people/bakjisu`, '2023-06-15'],
      [`${ORIGIN}/people/honggildong`, '2024-01-15'],
    ]);
  });

  test('robots.txt names the sitemap; the manifest’s icons exist', () => {
    expect(readFileSync(path.join(siteDir('fixtures'), 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${ORIGIN}/sitemap.xml`,
    );
    const manifest = JSON.parse(
      readFileSync(path.join(siteDir('fixtures'), 'manifest.webmanifest'), 'utf8'),
    );
    expect(manifest).toMatchObject({ lang: 'ko', short_name: '대담', start_url: '/' });
    for (const icon of manifest.icons as Array<{ src: string }>) {
      expect(readFileSync(path.join(siteDir('fixtures'), icon.src)).length).toBeGreaterThan(100);
    }
  });
});
