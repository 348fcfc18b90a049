// @ts-check
/**
 * A question's share page is written from its post's `q-all` page (app/posts/[slug]/q-all):
 * Next renders every question page of a post in one page, each article in a
 * `data-question-page` block with its own <head> values in `data-question-head`, and the
 * <head> for the first question. Here each block becomes /posts/<slug>/q/<n>.html: the shell
 * (layout, CSS, scripts, CSP) kept as it is, <main> holding that article alone, and the
 * question's title, description, URL and image put in the <head> tags that carry the first
 * question's. The head tags are checked to carry the first question's values before anything
 * is replaced, so a change to the metadata that this step does not know fails the build.
 */

export const BUNDLE = 'q-all.html';

/** Head tag → the `data-question-head` value it carries. */
const HEAD_TAGS = /** @type {const} */ ([
  ['meta[name="description"]', 'description'],
  ['meta[property="og:title"]', 'title'],
  ['meta[property="og:description"]', 'description'],
  ['meta[property="og:url"]', 'url'],
  ['meta[property="og:image"]', 'image'],
  ['meta[property="og:image:alt"]', 'imageAlt'],
  ['meta[name="twitter:title"]', 'title'],
  ['meta[name="twitter:description"]', 'description'],
  ['meta[name="twitter:image"]', 'image'],
]);

/** @param {string} text */
const escapeText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {import('node-html-parser').HTMLElement} element */
function headValues(element) {
  /** @param {string} name */
  const value = (name) => element.getAttribute(`data-${name}`) ?? '';
  return {
    title: value('title'),
    description: value('description'),
    url: value('url'),
    image: value('image'),
    imageAlt: value('image-alt'),
  };
}

/**
 * The question pages in a finished `q-all` page, as [n, html] pairs. Mutates `root`.
 * @param {import('node-html-parser').HTMLElement} root
 * @param {string} file for error messages
 * @returns {Array<[string, string]>}
 */
export function questionPages(root, file) {
  const blocks = root.querySelectorAll('[data-question-page]');
  const main = blocks[0]?.parentNode;
  const title = root.querySelector('head > title');
  if (!main || !title) throw new Error(`${file}: no question pages (or no <title>) in it`);
  const values = blocks.map((block) => {
    const head = block.querySelector('[data-question-head]');
    const article = block.querySelector('article');
    if (!head || !article) throw new Error(`${file}: a question page without its head or article`);
    return { n: block.getAttribute('data-question-page') ?? '', head: headValues(head), article };
  });
  const first = values[0]?.head;
  const tags = HEAD_TAGS.map(([selector, key]) => {
    const tag = root.querySelector(`head > ${selector}`);
    if (!tag || tag.getAttribute('content') !== first?.[key]) {
      throw new Error(`${file}: <head> has no ${selector} with the first question's ${key}`);
    }
    return { tag, key };
  });
  const titleText = title.text;
  if (!first || !titleText.includes(first.title)) {
    throw new Error(`${file}: <title> does not hold the first question's title`);
  }
  return values.map(({ n, head, article }) => {
    for (const { tag, key } of tags) tag.setAttribute('content', head[key]);
    title.set_content(escapeText(titleText.replace(first.title, () => head.title)));
    main.childNodes.length = 0;
    main.appendChild(article);
    return [n, root.toString()];
  });
}
