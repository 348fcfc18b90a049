import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { loadPosts } from '@/lib/posts/load';
import { readPeopleData } from '@/lib/people/data';
import { allHtmlFiles, page, redirectFiles, siteDir, SITES, textOf } from '../helpers/site';
import type { SiteName } from '../helpers/site';

/**
 * Issue 31 on a built site: tests/fixtures/publication is a publication of its own (site.yaml:
 * an English interface, a publisher, links, an icon) with Korean and English posts, two
 * translations of one interview, a three-part series numbered against its dates, a renamed
 * post with aliases and a post with a question added after publishing.
 */
const SITE = 'publication' as const;
const root = siteDir(SITE);
const ORIGIN = 'https://longtable.example';
const HANGUL = /\p{Script=Hangul}/u;
/** esbuild writes non-ASCII text as \uXXXX escapes: the words as a reader gets them. */
const unescaped = (code: string) =>
  code.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const jsonLd = (route: string) =>
  page(SITE, route)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.rawText) as Record<string, unknown>);

/**
 * The Korean left in the interface of every page of `site`: what the writers wrote (titles,
 * names, series, tags) may be Korean and is taken out, with the content marked `lang="ko"`,
 * the stylesheet (font names) and data for machines; then no Hangul may remain.
 */
async function koreanLeftIn(site: SiteName): Promise<string[]> {
  const dir = path.join(process.cwd(), SITES[site].env.POSTS_DIR!);
  const posts = await loadPosts(dir, { includeDrafts: false });
  const people = (await readPeopleData(dir)).people.map((person) => person.name);
  const written = [
    ...posts.flatMap((post) => [
      post.title,
      post.description,
      post.series?.name,
      post.category?.name,
      ...post.tags,
      ...post.translators,
      post.interviewer,
      post.interviewee,
      ...post.questions.flatMap((q) => [
        q.speaker,
        q.text,
        ...q.answerSpeakers,
        ...q.answers.map((answer) => answer.text),
      ]),
    ]),
    ...people,
  ]
    .filter((text): text is string => Boolean(text))
    .sort((a, b) => b.length - a.length);
  const left: string[] = [];
  for (const file of allHtmlFiles(site)) {
    const doc = parse(readFileSync(path.join(siteDir(site), file), 'utf8'));
    for (const el of doc.querySelectorAll('[lang="ko"], style, script')) el.remove();
    let text = doc.toString();
    for (const words of written) text = text.split(words).join('');
    const found = text.match(/.{0,40}\p{Script=Hangul}+.{0,20}/gu);
    if (found) left.push(`${file}: ${found.join(' | ')}`);
  }
  return left;
}

describe('the interface in the publisher’s language', () => {
  test('every page is in English, and each post’s text keeps its own language', () => {
    for (const file of allHtmlFiles(SITE)) {
      expect([
        file,
        page(SITE, `/${file.replace(/\.html$/, '')}`)
          .querySelector('html')
          ?.getAttribute('lang'),
      ]).toEqual([file, 'en']);
    }
    const korean = page(SITE, '/posts/lecun-barrons-ko');
    expect(korean.querySelector('.post-body')?.getAttribute('lang')).toBe('ko');
    expect(korean.querySelector('.post-header h1')?.getAttribute('lang')).toBe('ko');
    const english = page(SITE, '/posts/lecun-barrons-en');
    expect(english.querySelector('.post-body')?.getAttribute('lang')).toBeUndefined();
  });

  test('no Korean word is left in the interface of any page', async () => {
    expect(await koreanLeftIn('publication')).toEqual([]);
  });

  test('the words of the chrome are the English catalogue’s', () => {
    const post = page(SITE, '/posts/lecun-barrons-ko');
    expect(textOf(post.querySelector('.skip-link'))).toBe('Skip to content');
    expect(textOf(post.querySelector('.post-meta time'))).toBe('April 16, 2023');
    expect(textOf(post.querySelector('.post-facts'))).toMatch(
      /^1 min read · 3 questions · Interview with LeCun$/,
    );
    expect(textOf(post.querySelector('.qa-share button'))).toBe('Copy link (question 1)');
    expect(textOf(page(SITE, '/404').querySelector('h1'))).toBe('Page not found');
    expect(textOf(page(SITE, '/').querySelector('h1'))).toBe('Latest interviews');
  });

  test('the browser modules are bundled with the English words only', () => {
    const loader = page(SITE, '/')
      .querySelector('script[data-module]')!
      .getAttribute('data-module')!;
    const enhance = unescaped(readFileSync(path.join(root, loader), 'utf8'));
    expect(enhance).toContain('Link copied');
    expect(enhance).not.toMatch(HANGUL);
    const search = page(SITE, '/search')
      .querySelector('script[type="module"]')!
      .getAttribute('src')!;
    const searchModule = unescaped(readFileSync(path.join(root, search), 'utf8'));
    expect(searchModule).toContain('Loading the search index');
    // The Korean search still strips Korean particles: that list is the engine's, not words shown.
    expect(searchModule).not.toContain('검색 색인');
  });
});

describe('site.yaml makes the site the publisher’s', () => {
  test('its name and description in the header, titles, previews and manifest', () => {
    const home = page(SITE, '/');
    expect(textOf(home.querySelector('.site-name'))).toBe('The Long Table');
    expect(textOf(home.querySelector('title'))).toBe(
      'The Long Table — Conversations from Seoul, question by question',
    );
    expect(home.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(
      'The Long Table',
    );
    expect(home.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en_US');
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ short_name: 'The Long Table', lang: 'en' });
    expect(manifest.icons.map((icon: { src: string }) => icon.src)).toEqual([
      '/icon-192.png',
      '/icon-512.png',
    ]);
  });

  test('its publisher and links in JSON-LD and the footer', () => {
    const article = jsonLd('/posts/lecun-barrons-ko').find((data) => data['@type'] === 'Article')!;
    expect(article.publisher).toEqual({
      '@type': 'Organization',
      name: 'Long Table Press',
      url: 'https://longtable.example/about',
      sameAs: ['https://social.example/@longtable', 'https://github.com/longtable'],
      logo: `${ORIGIN}/icon-512.png`,
    });
    const links = page(SITE, '/')
      .querySelectorAll('.site-links a[rel="me"]')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://social.example/@longtable', 'https://github.com/longtable']);
  });

  test('its feeds say who publishes them, in its language', async () => {
    const feed = await new Parser({
      customFields: { feed: ['language', 'dc:publisher'] },
    }).parseString(readFileSync(path.join(root, 'feed.xml'), 'utf8'));
    expect(feed).toMatchObject({
      title: 'The Long Table',
      language: 'en',
      'dc:publisher': 'Long Table Press',
    });
    const json = JSON.parse(readFileSync(path.join(root, 'feed.json'), 'utf8'));
    expect(json.authors).toEqual([
      { name: 'Long Table Press', url: 'https://longtable.example/about' },
    ]);
    expect(json.language).toBe('en');
    // A post names no interviewer of its own: the site's author signs it.
    const studio = json.items.find((item: { url: string }) => item.url.endsWith('/studio-one'));
    expect(studio.authors).toEqual([{ name: 'Long Table Editors' }]);
  });

  test('its icon, not the software’s, is every app icon (made at build, no metadata)', async () => {
    const head = page(SITE, '/');
    expect(head.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/icon-192.png');
    expect(head.querySelector('link[href="/icon.svg"]')).toBeNull();
    for (const [file, size] of [
      ['icon-512.png', 512],
      ['icon-192.png', 192],
      ['apple-touch-icon.png', 180],
    ] as const) {
      const image = sharp(path.join(root, file));
      const meta = await image.metadata();
      expect([file, meta.width, meta.height, meta.exif, meta.icc]).toEqual([
        file,
        size,
        size,
        undefined,
        undefined,
      ]);
      // The fixture's icon is a brown square with a pale table: its corner is brown.
      const { data } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
      expect([file, data[0], data[1], data[2]]).toEqual([file, 0x8a, 0x3b, 0x12]);
    }
  });
});

test('its icon is drawn into the share cards in place of the software’s mark', async () => {
  const pixel = async (file: string, x: number, y: number) => {
    const { data, info } = await sharp(file)
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const at = (y * info.width + x) * 3;
    return [data[at], data[at + 1], data[at + 2]];
  };
  // Inside the wordmark's square, above the table the icon draws: the icon's brown.
  expect(await pixel(path.join(root, 'posts/studio-one/og.png'), 98, 70)).toEqual([
    0x8a, 0x3b, 0x12,
  ]);
  expect(await pixel(path.join(root, 'posts/lecun-barrons-ko/q/1/og.png'), 98, 76)).toEqual([
    0x8a, 0x3b, 0x12,
  ]);
  expect(await pixel(path.join(root, 'og.png'), 98, 70)).toEqual([0x8a, 0x3b, 0x12]);
  // A site without an icon keeps the software's mark: a paper-white square there.
  expect(
    await pixel(path.join(siteDir('main'), 'posts/yann-lecun-on-llms/og.png'), 98, 70),
  ).toEqual([0xfb, 0xfa, 0xf7]);
});

describe('translations know each other', () => {
  test('each version names the others and x-default in its head', () => {
    for (const slug of ['lecun-barrons-ko', 'lecun-barrons-en']) {
      const alternates = page(SITE, `/posts/${slug}`)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
      expect(alternates.sort()).toEqual(
        [
          ['en', `${ORIGIN}/posts/lecun-barrons-en`],
          ['ko', `${ORIGIN}/posts/lecun-barrons-ko`],
          // The version in the interface's language.
          ['x-default', `${ORIGIN}/posts/lecun-barrons-en`],
        ].sort(),
      );
    }
    expect(page(SITE, '/posts/studio-one').querySelectorAll('link[hreflang]')).toHaveLength(0);
  });

  test('the sitemap lists the alternates of each version (xhtml:link)', () => {
    const xml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'url' || name === 'xhtml:link',
    }).parse(readFileSync(path.join(root, 'sitemap.xml'), 'utf8'));
    const urls = xml.urlset.url as Array<{
      loc: string;
      'xhtml:link'?: Array<Record<string, string>>;
    }>;
    const ko = urls.find((url) => url.loc === `${ORIGIN}/posts/lecun-barrons-ko`)!;
    expect(
      ko['xhtml:link']!.map((link) => `${link['@_hreflang']} ${link['@_href']}`).sort(),
    ).toEqual([
      `en ${ORIGIN}/posts/lecun-barrons-en`,
      `ko ${ORIGIN}/posts/lecun-barrons-ko`,
      `x-default ${ORIGIN}/posts/lecun-barrons-en`,
    ]);
    expect(
      urls.find((url) => url.loc.endsWith('/posts/studio-one'))!['xhtml:link'],
    ).toBeUndefined();
  });

  test('a reader sees the other language, named in itself', () => {
    const link = page(SITE, '/posts/lecun-barrons-en').querySelector('.translations a')!;
    expect(textOf(page(SITE, '/posts/lecun-barrons-en').querySelector('.translations'))).toBe(
      'Read in another language: 한국어',
    );
    expect([
      link.getAttribute('href'),
      link.getAttribute('hreflang'),
      link.getAttribute('lang'),
    ]).toEqual(['/posts/lecun-barrons-ko', 'ko', 'ko']);
  });

  test('a translation says what it translates, who published it and who translated it', () => {
    const post = page(SITE, '/posts/lecun-barrons-ko');
    const line = post.querySelector('.translated')!;
    expect(textOf(line)).toBe(
      "Original (English): Meta’s AI Chief Yann LeCun on ChatGPT · published by Barron's · Translated by 김옮김",
    );
    expect(line.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.barrons.com/articles/meta-ai-yann-lecun-chatgpt',
    );
    const article = jsonLd('/posts/lecun-barrons-ko').find((data) => data['@type'] === 'Article')!;
    expect(article.translationOfWork).toEqual({
      '@type': 'CreativeWork',
      url: 'https://www.barrons.com/articles/meta-ai-yann-lecun-chatgpt',
      inLanguage: 'en',
      name: 'Meta’s AI Chief Yann LeCun on ChatGPT',
      publisher: { '@type': 'Organization', name: "Barron's" },
    });
    expect(article.translator).toEqual([{ '@type': 'Person', name: '김옮김' }]);
    expect(article.inLanguage).toBe('ko');
  });
});

describe('a series', () => {
  const PARTS = ['studio-one', 'studio-two', 'studio-three'];

  test('its page lists the parts in the order of part:, not of their dates', () => {
    const series = page(SITE, '/series/seoului-jakeopsil');
    expect(
      series.querySelectorAll('.series-parts h2 a').map((a) => a.getAttribute('href')),
    ).toEqual(PARTS.map((slug) => `/posts/${slug}`));
    expect(textOf(series.querySelector('.page-count'))).toBe('3 parts');
    const data = jsonLd('/series/seoului-jakeopsil')[0]!;
    expect(data['@type']).toBe('CreativeWorkSeries');
    expect(
      (data.hasPart as Array<{ url: string; position: number }>).map((part) => [
        part.position,
        part.url,
      ]),
    ).toEqual(PARTS.map((slug, i) => [i + 1, `${ORIGIN}/posts/${slug}`]));
  });

  test('each part says which it is, links its neighbours, and is part of the series', () => {
    PARTS.forEach((slug, i) => {
      const post = page(SITE, `/posts/${slug}`);
      expect(textOf(post.querySelector('.series-line'))).toBe(
        `Series “서울의 작업실” · Part ${i + 1} of 3`,
      );
      const pager = post.querySelectorAll('.series-pager a').map((a) => a.getAttribute('href'));
      expect(pager).toEqual([PARTS[i - 1], PARTS[i + 1]].filter(Boolean).map((s) => `/posts/${s}`));
      const article = jsonLd(`/posts/${slug}`).find((data) => data['@type'] === 'Article')!;
      expect(article.isPartOf).toEqual({
        '@type': 'CreativeWorkSeries',
        name: '서울의 작업실',
        url: `${ORIGIN}/series/seoului-jakeopsil`,
      });
      expect(article.position).toBe(i + 1);
    });
  });

  test('it has a feed, and the series are listed and linked from every page', async () => {
    const feed = await new Parser().parseString(
      readFileSync(path.join(root, 'series/seoului-jakeopsil/feed.xml'), 'utf8'),
    );
    expect(feed.title).toBe('The Long Table · 서울의 작업실');
    expect(feed.items.map((item) => item.link)).toEqual(
      [...PARTS].reverse().map((slug) => `${ORIGIN}/posts/${slug}`),
    );
    expect(
      page(SITE, '/series')
        .querySelectorAll('.series-list a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/series/seoului-jakeopsil']);
    expect(
      page(SITE, '/posts/alley-notes').querySelector('.site-footer a[href="/series"]'),
    ).not.toBeNull();
    // A site without series does not offer an empty page.
    expect(page('main', '/').querySelector('.site-footer a[href="/series"]')).toBeNull();
  });
});

describe('links that never break', () => {
  test('each alias is a page that sends the reader on, and a line of _redirects', () => {
    expect(redirectFiles(SITE).sort()).toEqual([
      '2023/04/lecun.html',
      'posts/lecun-interview-english.html',
    ]);
    expect(readFileSync(path.join(root, '_redirects'), 'utf8')).toContain(
      '/posts/lecun-interview-english /posts/lecun-barrons-en 301\n/2023/04/lecun.html /posts/lecun-barrons-en 301\n',
    );
    for (const file of redirectFiles(SITE)) {
      const doc = parse(readFileSync(path.join(root, file), 'utf8'));
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `${ORIGIN}/posts/lecun-barrons-en`,
      );
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
        '0; url=/posts/lecun-barrons-en',
      );
      expect(textOf(doc.querySelector('body'))).toBe(
        'This interview now lives at: Yann LeCun on large language models',
      );
      // Its one script is the one its policy allows, and nothing else may load.
      const script = doc.querySelector('script')!;
      const hash = createHash('sha256').update(script.rawText).digest('base64');
      const policy = doc
        .querySelector('meta[http-equiv="Content-Security-Policy"]')!
        .getAttribute('content')!;
      expect(policy).toBe(
        `default-src 'none'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`,
      );
      expect(doc.querySelectorAll('script')).toHaveLength(1);
    }
    // An alias is not a page of the site: not in the sitemap.
    expect(readFileSync(path.join(root, 'sitemap.xml'), 'utf8')).not.toContain(
      'lecun-interview-english',
    );
  });

  test('a question added after publishing takes the next free number: old #q- links hold', () => {
    const post = page(SITE, '/posts/lecun-barrons-ko');
    expect(post.querySelectorAll('section.qa').map((qa) => qa.id)).toEqual(['q-1', 'q-3', 'q-2']);
    expect(post.querySelectorAll('#toc a').map((a) => a.getAttribute('href'))).toEqual([
      '#q-1',
      '#q-3',
      '#q-2',
    ]);
    // Its own share page says where it stands in the interview.
    const shared = page(SITE, '/posts/lecun-barrons-ko/q/3');
    expect(textOf(shared.querySelector('.page-kicker'))).toBe('Question 2 of 3');
    expect(shared.querySelectorAll('.question-pager a').map((a) => a.getAttribute('href'))).toEqual(
      ['/posts/lecun-barrons-ko/q/1', '/posts/lecun-barrons-ko/q/2'],
    );
  });
});

describe('the archive by year', () => {
  test('lists every year with its number of interviews, newest first', () => {
    const archive = page(SITE, '/archive');
    expect(archive.querySelectorAll('.archive-years li').map((li) => textOf(li))).toEqual([
      '2024 3 interviews',
      '2023 2 interviews',
      '2021 1 interview',
    ]);
  });

  test('each year lists its interviews, newest first, and leads to the next year', () => {
    const year = page(SITE, '/archive/2024');
    expect(year.querySelectorAll('.archive-list a').map((a) => a.getAttribute('href'))).toEqual([
      '/posts/studio-three',
      '/posts/studio-one',
      '/posts/studio-two',
    ]);
    expect(year.querySelector('.archive-list time')?.getAttribute('datetime')).toBe('2024-05-01');
    expect(year.querySelectorAll('.pager a').map((a) => a.getAttribute('href'))).toEqual([
      '/archive/2023',
    ]);
    expect(
      page(SITE, '/posts/alley-notes').querySelector('.site-footer a[href="/archive"]'),
    ).not.toBeNull();
  });
});

describe('a Japanese interface with nothing else set', () => {
  const JA = 'publication-ja' as const;

  test('is Japanese throughout, named 対談, its Korean post still lang="ko"', async () => {
    const home = page(JA, '/');
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('ja');
    expect(textOf(home.querySelector('.site-name'))).toBe('対談');
    expect(textOf(home.querySelector('h1'))).toBe('最新のインタビュー');
    const korean = page(JA, '/posts/seoul-studio');
    expect(korean.querySelector('.post-body')?.getAttribute('lang')).toBe('ko');
    expect(textOf(korean.querySelector('.post-meta time'))).toBe('2024年3月1日');
    expect(textOf(korean.querySelector('.series-line'))).toBe(
      '連載「작업실 연재」 · 第1回 / 全2回',
    );
    // The Japanese post is in the page's own language: no lang of its own.
    expect(
      page(JA, '/posts/tokyo-studio').querySelector('.post-body')?.getAttribute('lang'),
    ).toBeUndefined();
    expect(await koreanLeftIn(JA)).toEqual([]);
  });
});
