// @ts-check
/**
 * A question's share page is written from its post's page: in `npm run build` the post page
 * renders every question page of the post after its article, hidden, in one
 * `[data-question-pages]` bundle (components/post/QuestionPagesBundle.tsx) that carries the
 * values the post's <head> holds, and each `[data-question-page]` block the values of its
 * question. Here the bundle is taken out of the post page, and each block becomes
 * /posts/<slug>/q/<n>.html: the shell (layout, CSS, scripts) kept as it is, <main> holding that
 * article alone, and the question's title, description, URL and card in the <head> tags that
 * carry the post's (lib/seo/metadata.ts: questionMetadata is postMetadata with those values).
 * The head tags are checked to carry the post's values before anything is replaced, so a
 * change to the metadata that this step does not know fails the build.
 */

/** Head tag → the value it carries (the bundle's and blocks' `data-*` attributes). */
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
/** Every question card has a known size; a post's own image may not (no such tags then). */
const IMAGE_SIZE = /** @type {const} */ ([
  ['og:image:type', 'image-type'],
  ['og:image:width', 'image-width'],
  ['og:image:height', 'image-height'],
]);

/** @param {string} text */
const escapeText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {string} text */
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

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
 * Takes the question pages' bundle out of a finished post page (`root`, mutated), if it has
 * one. Call it before the post page is written.
 * @param {import('node-html-parser').HTMLElement} root
 * @returns {import('node-html-parser').HTMLElement | undefined}
 */
export function takeQuestionPages(root) {
  const bundle = root.querySelector('[data-question-pages]');
  if (!bundle) return undefined;
  bundle.remove();
  return bundle;
}

/**
 * The question pages of a post page whose bundle takeQuestionPages took, as [n, page, what
 * `finish` returned] triples; `finish` gets each page's root before it is serialised (to add
 * its own CSP, say). Mutates `root`: call it after the post page is written.
 * @template T
 * @param {import('node-html-parser').HTMLElement} root
 * @param {import('node-html-parser').HTMLElement} bundle
 * @param {string} file for error messages
 * @param {(root: import('node-html-parser').HTMLElement) => T} finish
 * @returns {Array<[string, string, T]>}
 */
export function questionPages(root, bundle, file, finish) {
  const main = root.querySelector('main');
  const title = root.querySelector('head > title');
  const head = root.querySelector('head');
  if (!main || !title || !head) throw new Error(`${file}: no <main>, <head> or <title> in it`);
  const post = headValues(bundle);
  const tags = HEAD_TAGS.map(([selector, key]) => {
    const tag = root.querySelector(`head > ${selector}`);
    if (!tag || tag.getAttribute('content') !== post[key]) {
      throw new Error(`${file}: <head> has no ${selector} with the post's ${key}`);
    }
    return { tag, key };
  });
  const titleText = title.text;
  if (!titleText.includes(post.title)) {
    throw new Error(`${file}: <title> does not hold the post's title`);
  }
  setImageSize(root, bundle, tags.find(({ key }) => key === 'image')?.tag, file);
  const blocks = bundle.querySelectorAll('[data-question-page]').map((block) => {
    const article = block.querySelector('article');
    if (!article) throw new Error(`${file}: a question page without its article`);
    return { n: block.getAttribute('data-question-page') ?? '', head: headValues(block), article };
  });
  if (blocks.length === 0) throw new Error(`${file}: an empty bundle of question pages`);
  return blocks.map(({ n, head: values, article }) => {
    for (const { tag, key } of tags) tag.setAttribute('content', values[key]);
    title.set_content(escapeText(titleText.replace(post.title, () => values.title)));
    main.childNodes.length = 0;
    main.appendChild(article);
    const finished = finish(root);
    return [n, root.toString(), finished];
  });
}

/**
 * The question cards' type and size in place of the post image's (or after og:image, when the
 * post's own image has none).
 * @param {import('node-html-parser').HTMLElement} root
 * @param {import('node-html-parser').HTMLElement} bundle
 * @param {import('node-html-parser').HTMLElement | undefined} image the og:image tag
 * @param {string} file
 */
function setImageSize(root, bundle, image, file) {
  for (const [property] of IMAGE_SIZE)
    root.querySelector(`head > meta[property="${property}"]`)?.remove();
  const tags = IMAGE_SIZE.map(([property, data]) => {
    const value = bundle.getAttribute(`data-${data}`);
    if (!value) throw new Error(`${file}: the question pages have no ${data}`);
    return `<meta property="${property}" content="${escapeAttribute(value)}">`;
  }).join('');
  image?.insertAdjacentHTML('afterend', tags);
}
