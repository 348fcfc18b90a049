import { expectFaithful, FIRST_POST_SLUG, firstPostBody, sentencesOf } from '../helpers/content';
import { allHtmlFiles, failuresOf, hasPage, page, textOf } from '../helpers/site';
import type { SiteName } from '../helpers/site';

const POST = `/posts/${FIRST_POST_SLUG}`;

describe.each<SiteName>(['main', 'fixtures'])('every page of the %s site', (site) => {
  const files = allHtmlFiles(site);

  test('was exported', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html']));
  });

  test('each: Korean, one h1, a main, a skip link first, header and footer', async () => {
    const failures = await failuresOf(files, (file) => {
      const root = page(site, `/${file.replace(/\.html$/, '')}`);
      expect(root.querySelector('html')!.getAttribute('lang')).toBe('ko');
      expect(root.querySelectorAll('h1')).toHaveLength(1);
      expect(root.querySelectorAll('main')).toHaveLength(1);
      expect(root.querySelector('main')!.id).toBe('content');
      const firstFocusable = root
        .querySelector('body')!
        .querySelector('a[href], button, input, select, textarea');
      expect(firstFocusable!.getAttribute('href')).toBe('#content');
      expect(textOf(firstFocusable)).toBe('본문으로 건너뛰기');
      expect(textOf(root.querySelector('header.site-header .site-name'))).toBe('대담');
      expect(root.querySelector('footer')).not.toBeNull();
    });
    expect(failures).toEqual([]);
  });
});

describe('the first post', () => {
  const root = page('main', POST);
  const main = root.querySelector('main')!;

  test('has its title, Korean date, category and source link in the header', () => {
    expect(textOf(root.querySelector('title'))).toBe(
      'AI 갓파더 얀 르쿤의 AI, LLM에 대한 인터뷰내용 · 대담',
    );
    expect(textOf(main.querySelector('h1'))).toBe('AI 갓파더 얀 르쿤의 AI, LLM에 대한 인터뷰내용');
    const time = main.querySelector('header time')!;
    expect(time.getAttribute('datetime')).toBe('2023-04-16');
    expect(textOf(time)).toBe('2023년 4월 16일');
    expect(main.querySelector('header a.category')!.getAttribute('href')).toBe('/categories/nlp');
    const source = main.querySelector('header .source a')!;
    expect(textOf(source)).toMatch(/^원문 보기/);
    expect(source.getAttribute('href')).toBe('https://t.co/CIU4E5NLC8');
    expect(source.getAttribute('target')).toBe('_blank');
    expect(source.getAttribute('rel')).toContain('noopener');
  });

  test('shows every sentence of the source exactly once, in order', () => {
    const { sentences, urls } = sentencesOf(firstPostBody());
    expectFaithful(main.querySelector('.post-body')!.textContent, sentences);
    for (const url of urls) expect(main.querySelector(`a[href="${url}"]`)).not.toBeNull();
  });

  test('lays out the lead, then seven linkable Q&A blocks with speaker labels', () => {
    const body = main.querySelector('.post-body')!;
    expect(body.firstElementChild!.classList.contains('lead')).toBe(true);
    const sections = body.querySelectorAll('section.qa');
    expect(sections.map((s) => s.id)).toEqual(['q-1', 'q-2', 'q-3', 'q-4', 'q-5', 'q-6', 'q-7']);
    for (const section of sections) {
      const labelledBy = section.getAttribute('aria-labelledby')!;
      expect(section.querySelector(`h2#${labelledBy}`)).not.toBeNull();
      expect(textOf(section.querySelector('h2 .speaker'))).toBe("Barron's:");
      expect(textOf(section.querySelector('.answer > .speaker'))).toBe('LeCun:');
    }
    expect(textOf(sections[3]!.querySelector('h2'))).toBe(
      "Barron's: AI 개발 6개월 중단을 요청하는 서한에 왜 그렇게 반대하시나요?",
    );
    expect(sections[3]!.querySelectorAll('.answer p')).toHaveLength(5);
  });
});

describe('lists', () => {
  test('the home page lists the post with title, Korean date, category and lead', () => {
    const item = page('main', '/').querySelector('main .post-list li')!;
    expect(item.querySelector('h2 a')!.getAttribute('href')).toBe(POST);
    expect(textOf(item.querySelector('h2'))).toBe('AI 갓파더 얀 르쿤의 AI, LLM에 대한 인터뷰내용');
    expect(textOf(item.querySelector('time'))).toBe('2023년 4월 16일');
    expect(textOf(item.querySelector('a.category'))).toBe('NLP');
    expect(textOf(item.querySelector('.post-description'))).toMatch(
      /^LeCun은 AI 업계에서 가장 저명한/,
    );
  });

  test('the category page shows the category name and its posts', () => {
    const main = page('main', '/categories/nlp').querySelector('main')!;
    expect(textOf(main.querySelector('h1'))).toContain('NLP');
    expect(main.querySelector(`a[href="${POST}"]`)).not.toBeNull();
  });

  test('the fixture home page is newest first and has no draft', () => {
    const links = page('fixtures', '/')
      .querySelectorAll('main .post-list h2 a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/posts/panel-on-korean-nlp',
      '/posts/hand-written',
      '/posts/plain-essay',
      '/posts/photo-essay',
    ]);
  });

  test('a Korean category gets an ASCII URL and shows its real name', () => {
    const main = page('fixtures', '/categories/ingong-jineung').querySelector('main')!;
    expect(textOf(main.querySelector('h1'))).toBe('분류 인공 지능');
    expect(main.querySelector('a[href="/posts/panel-on-korean-nlp"]')).not.toBeNull();
  });

  test('posts without a category are listed on the uncategorized page', () => {
    const main = page('fixtures', '/categories/uncategorized').querySelector('main')!;
    expect(main.querySelector('a[href="/posts/hand-written"]')).not.toBeNull();
  });
});

describe('general rules on other posts', () => {
  test('drafts are not published anywhere', () => {
    expect(hasPage('fixtures', '/posts/unpublished-draft')).toBe(false);
    expect(hasPage('fixtures', '/categories/bigonggae')).toBe(false);
  });

  test('a post without questions is an ordinary article that keeps its URL and bold text', () => {
    const body = page('fixtures', '/posts/plain-essay').querySelector('.post-body')!;
    expect(body.querySelector('section.qa')).toBeNull();
    expect(body.querySelector('a[href="https://example.com/essay-origin"]')).not.toBeNull();
    expect(textOf(body.querySelector('p strong'))).toBe(
      '굵은 첫 문단이지만 질문이 아니므로 보통 글입니다.',
    );
    expect(textOf(body)).toContain('기록자는 이렇게 적었다: 말은 사라지고 글은 남는다.');
  });

  test('a panel: headings nest questions, lists and tables stay in their answers, a break ends the Q&A', () => {
    const body = page('fixtures', '/posts/panel-on-korean-nlp').querySelector('.post-body')!;
    expect(body.querySelectorAll('section.qa > h3.question')).toHaveLength(2);
    const [first, second] = body.querySelectorAll('section.qa');
    expect(first!.querySelectorAll('.answer > .speaker').map(textOf)).toEqual([
      '김연구:',
      '박교수:',
    ]);
    expect(first!.querySelector('.answer ul')).not.toBeNull();
    expect(second!.querySelector('.answer table')).not.toBeNull();
    expect(textOf(second!.querySelector('.answer > .speaker'))).toBe('김연구:');
    expect(body.querySelector('hr')!.parentNode).toBe(body);
    expect(textOf(body.lastElementChild)).toBe('이 대담은 2024년 2월 서울에서 진행되었습니다.');
  });

  test('a hand-written MDX interview renders as Q&A with its frontmatter source', () => {
    const main = page('fixtures', '/posts/hand-written').querySelector('main')!;
    expect(textOf(main.querySelector('#q-1 h2'))).toBe('기자: MDX로도 같은 모양이 되나요?');
    expect(main.querySelectorAll('#q-1 .answer p')).toHaveLength(2);
    expect(main.querySelector('header .source a')!.getAttribute('href')).toBe(
      'https://example.org/original-interview',
    );
  });
});

describe('the 404 page', () => {
  test('is in Korean and links home', () => {
    const root = page('main', '/404');
    expect(textOf(root.querySelector('h1'))).toBe('페이지를 찾을 수 없습니다');
    expect(root.querySelector('main a[href="/"]')).not.toBeNull();
  });
});

describe('reading aids in the export', () => {
  test('the post shows reading time in Korean and the number of questions', () => {
    const facts = textOf(page('main', POST).querySelector('header .post-facts'));
    expect(facts).toMatch(/^약 \d+분 · 질문 7개 · LeCun 인터뷰$/);
  });

  test('the question list is a nav of links to every #q-N', () => {
    const nav = page('main', POST).querySelector('nav.toc')!;
    expect(nav.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '#q-1',
      '#q-2',
      '#q-3',
      '#q-4',
      '#q-5',
      '#q-6',
      '#q-7',
    ]);
  });

  test('posts link to their neighbours, newest first order', () => {
    const pager = page('fixtures', '/posts/hand-written').querySelector('.post-pager')!;
    expect(pager.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(
      '/posts/panel-on-korean-nlp',
    );
    expect(pager.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/posts/plain-essay');
  });

  test('an article without questions has no question list', () => {
    expect(page('fixtures', '/posts/plain-essay').querySelector('nav.toc')).toBeNull();
  });
});
