import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { loadPosts } from '@/lib/posts/load';
import type { SearchDoc } from '@/lib/search/shards';
import { allHtmlFiles, hasPage, page, siteDir, textOf } from '../helpers/site';

/**
 * tests/fixtures/archive-posts: an English, a Japanese and two Korean interviews, people.yaml
 * merging `LeCun`, `Yann LeCun` and `ルカン`, tags, markup in questions, and a draft whose
 * person and tag must not appear.
 */
const SITE = 'archive';
const read = (file: string) => readFileSync(path.join(siteDir(SITE), file), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });
const rss = xml.parse(read('feed.xml')).rss.channel;
const rssItems: Array<Record<string, unknown>> = [rss.item].flat();
const jsonFeed = JSON.parse(read('feed.json')) as { items: Array<Record<string, unknown>> };
/** Every block of the sharded search index: [slug, title, date, n, question, speakers, answer]. */
const searchDocs = readdirSync(path.join(siteDir(SITE), 'search-index', 'd')).map(
  (file) => JSON.parse(read(`search-index/d/${file}`)) as SearchDoc,
);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const jsonLd = (route: string) =>
  page(SITE, route)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

describe('one text for each question, wherever it is shown', () => {
  const slug = 'markup-in-questions';
  const root = page(SITE, `/posts/${slug}`);
  const shown = root.querySelectorAll('.question-text').map(textOf);

  test('the fixture has <br>, raw HTML, inline code, links and emphasis in its questions', () => {
    const html = root
      .querySelectorAll('.question-text')
      .map((q) => q.innerHTML)
      .join('\n');
    for (const mark of ['<br>', '<code>', '<a ', '<em>', '&lt;span&gt;'])
      expect(html).toContain(mark);
    expect(shown).toEqual([
      '첫 줄 둘째 줄에 이어지는 질문입니까?',
      'npm run build 명령과 링크 글자와 기울인 말은 어떻게 보입니까?',
      '<span>태그를 쓴 질문</span>도 글자로 보입니까?',
    ]);
  });

  test('the question list shows the page text', () => {
    expect(root.querySelectorAll('nav.toc li a').map(textOf)).toEqual(shown);
  });

  test('each share page: <title>, og:title, heading and description start with the page text', () => {
    shown.forEach((text, i) => {
      const share = page(SITE, `/posts/${slug}/q/${i + 1}`);
      expect(textOf(share.querySelector('title'))).toBe(`${text} · 대담`);
      expect(share.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(text);
      expect(share.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toBe(
        text,
      );
      expect(textOf(share.querySelector('.question-text'))).toBe(text);
      expect(share.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(
        `기자: ${text} — `,
      );
    });
  });

  test('the cards draw the text the loader read from the same tree', async () => {
    const posts = await loadPosts(path.join(process.cwd(), 'tests/fixtures/archive-posts'), {
      includeDrafts: false,
    });
    const post = posts.find((p) => p.slug === slug)!;
    expect(post.questions.map((q) => q.text)).toEqual(shown);
  });

  test('both feeds list the questions as the page shows them', () => {
    for (const item of [
      rssItems.find((i) => String(i.link).endsWith(slug))!['content:encoded'],
      jsonFeed.items.find((i) => String(i.url).endsWith(slug))!.content_html,
    ]) {
      expect(parse(String(item)).querySelectorAll('li a').map(textOf)).toEqual(shown);
    }
  });

  test('search finds the page text, and the raw HTML block and <br>-joined answer text', () => {
    const entries = searchDocs.filter(([s]) => s === slug).sort((a, b) => a[3] - b[3]);
    expect(entries.map((doc) => flat(doc[4]))).toEqual(shown);
    expect(flat(entries[0]![6])).toBe('줄바꿈은 공백 하나로 읽힙니다. 답 안에서도 마찬가지입니다.');
    expect(entries[1]![6]).toContain('<div class="note">원문에 있던 HTML 블록의 글자</div>');
  });

  test('no literal <br> anywhere in the export', () => {
    const files: string[] = readdirSync(siteDir(SITE), {
      recursive: true,
      encoding: 'utf8',
    }).filter((file) => /\.(html|xml|json|txt|webmanifest)$/.test(file));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = read(file);
      expect({
        file,
        found: /&lt;br|&amp;lt;br|\\u003cbr|<br>[^<]*<\/(?:title|a|h1)>/i.test(text)
          ? text.match(/.{0,40}(?:&lt;br|\\u003cbr).{0,40}/i)?.[0]
          : null,
      }).toEqual({ file, found: null });
    }
    expect(searchDocs.length).toBeGreaterThan(10);
    expect(JSON.stringify(searchDocs)).not.toMatch(/<br/i);
  });
});

describe('posts in other languages', () => {
  const english = page(SITE, '/posts/yann-lecun-in-english');

  test('an English interview is lang="en" where its content is; the chrome stays Korean', () => {
    expect(english.querySelector('html')!.getAttribute('lang')).toBe('ko');
    expect(english.querySelector('.post-body')!.getAttribute('lang')).toBe('en');
    expect(english.querySelector('.post-header h1')!.getAttribute('lang')).toBe('en');
    expect(english.querySelector('nav.toc ol')!.getAttribute('lang')).toBe('en');
    expect(english.querySelector('nav.toc summary')!.getAttribute('lang')).toBeUndefined();
    expect(textOf(english.querySelector('nav.toc summary'))).toBe('질문 3개');
  });

  test('og:locale, JSON-LD inLanguage and the feeds carry the language', () => {
    expect(english.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe(
      'en_US',
    );
    expect(jsonLd('/posts/yann-lecun-in-english')[0]!.inLanguage).toBe('en');
    expect(
      page(SITE, '/posts/japanese-interview')
        .querySelector('meta[property="og:locale"]')!
        .getAttribute('content'),
    ).toBe('ja_JP');
    expect(
      page(SITE, '/posts/lecun-on-world-models')
        .querySelector('meta[property="og:locale"]')!
        .getAttribute('content'),
    ).toBe('ko_KR');
    const language = (slug: string) => ({
      rss: rssItems.find((i) => String(i.link).endsWith(slug))!['dc:language'],
      json: jsonFeed.items.find((i) => String(i.url).endsWith(slug))!.language,
    });
    expect(language('yann-lecun-in-english')).toEqual({ rss: 'en', json: 'en' });
    expect(language('japanese-interview')).toEqual({ rss: 'ja', json: 'ja' });
    expect(language('lecun-on-world-models')).toEqual({ rss: 'ko', json: 'ko' });
  });

  test('a Korean page has no redundant lang attributes on its content', () => {
    const korean = page(SITE, '/posts/lecun-on-world-models');
    expect(korean.querySelector('.post-body')!.getAttribute('lang')).toBeUndefined();
  });

  test('listings mark each post title with its language', () => {
    const home = page(SITE, '/');
    const title = home
      .querySelectorAll('.post-list h2')
      .find((h) => textOf(h).startsWith('Yann LeCun'))!;
    expect(title.getAttribute('lang')).toBe('en');
  });
});

describe('people', () => {
  const lecun = page(SITE, '/people/yann-lecun');

  test('LeCun, Yann LeCun and ルカン are one person, with one page listing all three interviews', () => {
    expect(textOf(lecun.querySelector('h1'))).toContain('Yann LeCun');
    const interviews = lecun
      .querySelectorAll('.person-interviews a')
      .map((a) => a.getAttribute('href'));
    expect(interviews).toEqual([
      '/posts/yann-lecun-in-english',
      '/posts/lecun-on-world-models',
      '/posts/japanese-interview',
    ]);
  });

  test('every answer they gave, newest first, each linking to its #q-N, paginated by 20', () => {
    const first = lecun.querySelectorAll('.person-answers > li');
    expect(first).toHaveLength(20);
    const second = page(SITE, '/people/yann-lecun/page/2').querySelectorAll('.person-answers > li');
    const links = [...first, ...second].map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(links).toEqual([
      ...[1, 2, 3].map((n) => `/posts/yann-lecun-in-english#q-${n}`),
      ...Array.from({ length: 19 }, (_, i) => `/posts/lecun-on-world-models#q-${i + 1}`),
      ...[1, 2].map((n) => `/posts/japanese-interview#q-${n}`),
    ]);
    expect(textOf(first[0]!.querySelector('.person-answer-question'))).toBe(
      'Do large language models understand the world?',
    );
    expect(textOf(first[0]!.querySelector('.person-answer-excerpt'))).toBe('Not really.');
    expect(textOf(second.at(-1)!.querySelector('.person-answer-excerpt'))).toBe(
      '世界モデルと計画する力です。',
    );
    expect(hasPage(SITE, '/people/yann-lecun/page/3')).toBe(false);
  });

  test('people.yaml details: description, links and JSON-LD ProfilePage', () => {
    expect(textOf(lecun.querySelector('.person-description'))).toBe(
      '메타 수석 AI 과학자, 뉴욕대 교수',
    );
    const [profile] = jsonLd('/people/yann-lecun');
    expect(profile).toMatchObject({
      '@type': 'ProfilePage',
      url: 'https://daedam.example/people/yann-lecun',
      mainEntity: {
        '@type': 'Person',
        name: 'Yann LeCun',
        sameAs: ['https://yann.lecun.com'],
        alternateName: expect.arrayContaining(['LeCun', '얀 르쿤', 'ルカン']),
      },
    });
  });

  test('speaker badges and the post header link to the person page', () => {
    for (const route of [
      '/posts/lecun-on-world-models',
      '/posts/yann-lecun-in-english',
      '/posts/japanese-interview',
      '/posts/lecun-on-world-models/q/2',
    ]) {
      const badges = page(SITE, route).querySelectorAll('.answer > .speaker a');
      expect(badges.length).toBeGreaterThan(0);
      for (const badge of badges) expect(badge.getAttribute('href')).toBe('/people/yann-lecun');
    }
    const header = page(SITE, '/posts/markup-in-questions').querySelector('.post-facts a');
    expect(header?.getAttribute('href')).toBe('/people/honggildong');
  });

  test('roles (기자, Interviewer, 記者) and people only in drafts get no page', () => {
    const people = allHtmlFiles(SITE).filter((file) => file.startsWith('people/'));
    expect(people.sort()).toEqual([
      'people/honggildong.html',
      'people/yann-lecun.html',
      'people/yann-lecun/page/2.html',
    ]);
    expect(
      page(SITE, '/posts/lecun-on-world-models').querySelectorAll('.question .speaker a'),
    ).toHaveLength(0);
    const index = page(SITE, '/people');
    expect(index.querySelectorAll('.people-list > li > a').map(textOf)).toEqual([
      '홍길동',
      'Yann LeCun',
    ]);
  });
});

describe('tags', () => {
  test('a post shows its tags, each linking to its page', () => {
    const tags = page(SITE, '/posts/yann-lecun-in-english').querySelectorAll('.tags a');
    expect(tags.map((a) => [textOf(a), a.getAttribute('href')])).toEqual([
      ['#AI', '/tags/ai'],
      ['#Open source', '/tags/open-source'],
    ]);
  });

  test("a tag page lists every published post with the tag; a draft's tag has no page", () => {
    const links = page(SITE, '/tags/ai')
      .querySelectorAll('.post-list h2 a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/posts/yann-lecun-in-english', '/posts/lecun-on-world-models']);
    expect(textOf(page(SITE, '/tags/segye-model').querySelector('h1'))).toContain('#세계 모델');
    expect(
      allHtmlFiles(SITE)
        .filter((file) => file.startsWith('tags/'))
        .sort(),
    ).toEqual([
      'tags/ai.html',
      'tags/makeueop.html',
      'tags/open-source.html',
      'tags/segye-model.html',
    ]);
  });

  test('no placeholder page of an empty route is left in the export', () => {
    const files: string[] = readdirSync(siteDir(SITE), { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.includes('_placeholder'))).toEqual([]);
    expect(read('sitemap.xml')).not.toContain('_placeholder');
  });
});

test('the sitemap lists tag and person pages', () => {
  const urls = [xml.parse(read('sitemap.xml')).urlset.url]
    .flat()
    .map((u: { loc: string }) => u.loc);
  for (const route of [
    '/tags/ai',
    '/tags/open-source',
    '/people',
    '/people/yann-lecun',
    '/people/honggildong',
  ]) {
    expect(urls).toContain(`https://daedam.example${route}`);
  }
  expect(urls.filter((url: string) => url.includes('bigong') || url.includes('c-'))).toEqual([]);
});
