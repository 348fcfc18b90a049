import { parse } from 'node-html-parser';
import { questionPages } from '../../scripts/question-pages.mjs';

/** A finished q-all page as Next writes it: the first question's head, every article. */
function bundle(
  questions: Array<{ n: number; title: string; alt?: string }>,
  headTitle = questions[0]!.title,
) {
  const meta = (q: { n: number; title: string; alt?: string }) => ({
    title: q.title,
    description: `Q: ${q.title} — 답`,
    url: `https://example.org/posts/a/q/${q.n}`,
    image: `https://example.org/posts/a/q/${q.n}/og.png`,
    imageAlt: q.alt ?? q.title,
  });
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const h = meta(questions[0]!);
  return `<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"><title>${esc(headTitle)} · 대담</title>
<meta name="description" content="${esc(h.description)}"><link rel="canonical" href="https://example.org/posts/a">
<meta property="og:title" content="${esc(h.title)}"><meta property="og:description" content="${esc(h.description)}">
<meta property="og:url" content="${h.url}"><meta property="og:image" content="${h.image}">
<meta property="og:image:width" content="1200"><meta property="og:image:alt" content="${esc(h.imageAlt)}">
<meta name="twitter:title" content="${esc(h.title)}"><meta name="twitter:description" content="${esc(h.description)}">
<meta name="twitter:image" content="${h.image}"></head><body><header>대담</header><main id="content">${questions
    .map((q) => {
      const m = meta(q);
      return `<div data-question-page="${q.n}"><div hidden data-question-head="" data-title="${esc(m.title)}" data-description="${esc(m.description)}" data-url="${m.url}" data-image="${m.image}" data-image-alt="${esc(m.imageAlt)}"></div><article class="post single-question"><h1>질문 ${q.n}</h1><p>${esc(q.title)}</p></article></div>`;
    })
    .join('')}</main><footer>©</footer></body></html>`;
}

const read = (html: string) => {
  const root = parse(html);
  const attr = (selector: string) => root.querySelector(selector)?.getAttribute('content');
  return {
    title: root.querySelector('title')?.text,
    description: attr('meta[name="description"]'),
    ogTitle: attr('meta[property="og:title"]'),
    ogDescription: attr('meta[property="og:description"]'),
    ogUrl: attr('meta[property="og:url"]'),
    ogImage: attr('meta[property="og:image"]'),
    ogImageAlt: attr('meta[property="og:image:alt"]'),
    twitterTitle: attr('meta[name="twitter:title"]'),
    twitterDescription: attr('meta[name="twitter:description"]'),
    twitterImage: attr('meta[name="twitter:image"]'),
    canonical: root.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    articles: root.querySelectorAll('main > article').map((a) => a.querySelector('h1')?.text),
    leftovers: root.querySelectorAll('[data-question-page], [data-question-head]').length,
    footer: root.querySelector('footer')?.text,
  };
};

describe('question share pages written from the q-all page', () => {
  // Characters that HTML attributes, text and String.replace patterns all treat specially.
  const tricky = 'A & B, "인용" <태그> 그리고 $& $1 값은?';
  const questions = [
    { n: 1, title: '첫 질문입니다?' },
    { n: 2, title: tricky, alt: `${tricky} (전문)` },
    { n: 3, title: '세 번째 질문' },
  ];

  test('one page a question: its own head values and its article alone in <main>', () => {
    const pages = questionPages(parse(bundle(questions), { comment: false }), 'posts/a/q-all.html');
    expect(pages.map(([n]) => n)).toEqual(['1', '2', '3']);
    const second = read(pages[1]![1]);
    expect(second).toEqual({
      title: `${tricky} · 대담`,
      description: `Q: ${tricky} — 답`,
      ogTitle: tricky,
      ogDescription: `Q: ${tricky} — 답`,
      ogUrl: 'https://example.org/posts/a/q/2',
      ogImage: 'https://example.org/posts/a/q/2/og.png',
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

  test('a head that does not carry the first question’s values stops the build', () => {
    const stale = bundle(questions).replace(
      '<meta property="og:url" content="https://example.org/posts/a/q/1">',
      '<meta property="og:url" content="https://example.org/posts/a">',
    );
    expect(() => questionPages(parse(stale), 'posts/a/q-all.html')).toThrow(
      'posts/a/q-all.html: <head> has no meta[property="og:url"] with the first question\'s url',
    );
    const noTitle = bundle(questions, '다른 제목');
    expect(() => questionPages(parse(noTitle), 'posts/a/q-all.html')).toThrow(
      "posts/a/q-all.html: <title> does not hold the first question's title",
    );
  });
});
