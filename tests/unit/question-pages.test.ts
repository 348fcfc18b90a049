import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { questionPages, takeQuestionPages } from '../../scripts/question-pages.mjs';

type Head = { title: string; description: string; url: string; image: string; imageAlt: string };
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const data = (h: Head) =>
  `data-title="${esc(h.title)}" data-description="${esc(h.description)}" data-url="${esc(h.url)}" data-image="${esc(h.image)}" data-image-alt="${esc(h.imageAlt)}"`;

const POST: Head = {
  title: '글 제목: A & B',
  description: '글 소개',
  url: 'https://example.org/posts/a',
  image: 'https://example.org/posts/a/og.png',
  imageAlt: '글 제목: A & B',
};
const questionHead = (n: number, title: string, alt = title): Head => ({
  title,
  description: `Q: ${title} — 답`,
  url: `https://example.org/posts/a/q/${n}`,
  image: `https://example.org/posts/a/q/${n}/og.png`,
  imageAlt: alt,
});

/** A post page as Next renders it in `npm run build`: the post's head, its article, the bundle. */
function postPage(
  questions: Array<{ n: number; title: string; alt?: string }>,
  { head = POST, ownImage = false }: { head?: Head; ownImage?: boolean } = {},
) {
  const size = ownImage
    ? ''
    : '<meta property="og:image:type" content="image/png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">';
  return `<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"><title>${esc(head.title)} · 대담</title>
<meta name="description" content="${esc(head.description)}"><meta name="author" content="기자"><link rel="canonical" href="https://example.org/posts/a">
<meta property="og:title" content="${esc(head.title)}"><meta property="og:description" content="${esc(head.description)}">
<meta property="og:url" content="${esc(head.url)}"><meta property="og:image" content="${esc(head.image)}">${size}<meta property="og:image:alt" content="${esc(head.imageAlt)}">
<meta name="twitter:title" content="${esc(head.title)}"><meta name="twitter:description" content="${esc(head.description)}">
<meta name="twitter:image" content="${esc(head.image)}"></head><body><header>대담</header><main id="content"><article class="post"><h1>전체</h1><script type="application/ld+json">{}</script></article><div hidden data-question-pages="" ${data(POST)} data-image-type="image/png" data-image-width="1200" data-image-height="630">${questions
    .map(
      (q) =>
        `<div data-question-page="${q.n}" ${data(questionHead(q.n, q.title, q.alt))}><article class="post single-question"><h1>질문 ${q.n}</h1><p>${esc(q.title)}</p></article></div>`,
    )
    .join('')}</div></main><footer>©</footer></body></html>`;
}

const read = (html: string) => {
  const root = parse(html);
  const attr = (selector: string) => root.querySelector(selector)?.getAttribute('content');
  return {
    title: root.querySelector('title')?.text,
    description: attr('meta[name="description"]'),
    author: attr('meta[name="author"]'),
    ogTitle: attr('meta[property="og:title"]'),
    ogDescription: attr('meta[property="og:description"]'),
    ogUrl: attr('meta[property="og:url"]'),
    ogImage: attr('meta[property="og:image"]'),
    ogImageSize: ['type', 'width', 'height'].map((p) => attr(`meta[property="og:image:${p}"]`)),
    ogImageAlt: attr('meta[property="og:image:alt"]'),
    twitterTitle: attr('meta[name="twitter:title"]'),
    twitterDescription: attr('meta[name="twitter:description"]'),
    twitterImage: attr('meta[name="twitter:image"]'),
    canonical: root.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    articles: root.querySelectorAll('main > article').map((a) => a.querySelector('h1')?.text),
    leftovers: root.querySelectorAll('[data-question-pages], [data-question-page]').length,
    footer: root.querySelector('footer')?.text,
  };
};

/** Cuts a post page as the build does: the post page first, then its question pages. */
function cut(html: string, file = 'posts/a.html') {
  const root = parse(html, { comment: false });
  const bundle = takeQuestionPages(root);
  const post = root.toString();
  const finished: HTMLElement[] = [];
  const pages = bundle
    ? questionPages(root, bundle, file, (page) => {
        finished.push(page);
        return page.querySelectorAll('main > article').length;
      })
    : [];
  return { post, pages, finished };
}

describe('question share pages cut from the post page', () => {
  // Characters that HTML attributes, text and String.replace patterns all treat specially.
  const tricky = 'A & B, "인용" <태그> 그리고 $& $1 값은?';
  const questions = [
    { n: 1, title: '첫 질문입니다?' },
    { n: 2, title: tricky, alt: `${tricky} (전문)` },
    { n: 3, title: '세 번째 질문' },
  ];

  test('the post page keeps its head and article, without the bundle', () => {
    const { post } = cut(postPage(questions));
    expect(read(post)).toMatchObject({
      title: `${POST.title} · 대담`,
      ogUrl: POST.url,
      articles: ['전체'],
      leftovers: 0,
    });
  });

  test('one page a question: its own head values and its article alone in <main>', () => {
    const { pages, finished } = cut(postPage(questions));
    expect(pages.map(([n]) => n)).toEqual(['1', '2', '3']);
    // `finish` saw each page as it was written (one article in <main>).
    expect(pages.map(([, , articles]) => articles)).toEqual([1, 1, 1]);
    expect(finished).toHaveLength(3);
    expect(read(pages[1]![1])).toEqual({
      title: `${tricky} · 대담`,
      description: `Q: ${tricky} — 답`,
      author: '기자',
      ogTitle: tricky,
      ogDescription: `Q: ${tricky} — 답`,
      ogUrl: 'https://example.org/posts/a/q/2',
      ogImage: 'https://example.org/posts/a/q/2/og.png',
      ogImageSize: ['image/png', '1200', '630'],
      ogImageAlt: `${tricky} (전문)`,
      twitterTitle: tricky,
      twitterDescription: `Q: ${tricky} — 답`,
      twitterImage: 'https://example.org/posts/a/q/2/og.png',
      canonical: 'https://example.org/posts/a',
      articles: ['질문 2'],
      leftovers: 0,
      footer: '©',
    });
    expect(read(pages[0]![1])).toMatchObject({
      title: '첫 질문입니다? · 대담',
      ogUrl: 'https://example.org/posts/a/q/1',
      articles: ['질문 1'],
    });
    expect(read(pages[2]![1])).toMatchObject({
      ogImage: 'https://example.org/posts/a/q/3/og.png',
      articles: ['질문 3'],
    });
  });

  test('a post with its own image (no size in its head) gets the cards’ size on its question pages', () => {
    const { post, pages } = cut(postPage(questions, { ownImage: true }));
    expect(read(post).ogImageSize).toEqual([undefined, undefined, undefined]);
    const page = pages[0]![1];
    expect(read(page).ogImageSize).toEqual(['image/png', '1200', '630']);
    // Where Next puts them: right after og:image, before og:image:alt.
    const order = parse(page)
      .querySelectorAll('meta[property^="og:image"]')
      .map((m) => m.getAttribute('property'));
    expect(order).toEqual([
      'og:image',
      'og:image:type',
      'og:image:width',
      'og:image:height',
      'og:image:alt',
    ]);
  });

  test('a page without a bundle (a post without questions, any other page) is left alone', () => {
    const html = postPage(questions).replace(
      /<div hidden data-question-pages=[^]*<\/div><\/main>/,
      '</main>',
    );
    expect(html).not.toContain('data-question-page');
    const { post, pages } = cut(html);
    expect(pages).toEqual([]);
    expect(post).toBe(parse(html, { comment: false }).toString());
  });

  test('a head that does not carry the post’s values stops the build, naming the page', () => {
    const stale = postPage(questions).replace(
      `<meta property="og:url" content="${POST.url}">`,
      '<meta property="og:url" content="https://example.org/elsewhere">',
    );
    expect(() => cut(stale)).toThrow(
      'posts/a.html: <head> has no meta[property="og:url"] with the post\'s url',
    );
    const otherTitle = postPage(questions, { head: { ...POST, title: '다른 제목' } });
    expect(() => cut(otherTitle)).toThrow('posts/a.html: <head> has no meta[property="og:title"]');
    const noTitle = postPage(questions).replace(/<title>[^<]*<\/title>/, '<title>대담</title>');
    expect(() => cut(noTitle)).toThrow("posts/a.html: <title> does not hold the post's title");
  });
});
