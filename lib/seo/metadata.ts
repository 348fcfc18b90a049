import type { Metadata } from 'next';
import { truncateAtWord } from '@/lib/format/text';
import { answerText } from '@/lib/interview/remark-interview';
import type { QuestionSummary } from '@/lib/interview/remark-interview';
import type { Person } from '@/lib/people/directory';
import type { Post } from '@/lib/posts';
import { ogLocale } from '@/lib/posts/language';
import { absoluteUrl, site, sitePath } from '@/lib/site';
import {
  CARD_TYPES,
  cardFormat,
  personPath,
  postImageUrl,
  postPath,
  questionImagePath,
  questionPath,
  SITE_IMAGE_PATH,
} from './urls';
import { t } from '@/lib/i18n';
import { defaultVersion } from '@/lib/posts/translations';
import { bylineOf } from '@/lib/people/byline';

/**
 * Metadata API objects for each kind of page. Every URL is absolute and includes the base
 * path (Next does not add the base path to og:image by itself).
 */
const IMAGE = { width: 1200, height: 630, type: CARD_TYPES.png } as const;
const cardImage = (post: Post) => ({ ...IMAGE, type: CARD_TYPES[cardFormat(post)] });

/** A feed of part of the archive (a category, tag or person): its folder and its name. */
export interface FeedLink {
  /** `/tags/ai` → `/tags/ai/feed.xml` and `/tags/ai/feed.json` */
  base: string;
  title: string;
}

type Alternates = NonNullable<Metadata['alternates']>;

/** Canonical plus the feed links (the page's own feeds first, then the site's); a page's
 * `alternates` replaces the layout's, so every page spells them all. */
function alternates(
  canonicalPath: string,
  {
    feed,
    markdown,
    languages,
  }: { feed?: FeedLink; markdown?: string; languages?: Alternates['languages'] } = {},
): Alternates {
  const own = (extension: string, kind: string) =>
    feed
      ? [{ url: absoluteUrl(`${feed.base}/feed.${extension}`), title: `${feed.title} ${kind}` }]
      : [];
  const types: NonNullable<Alternates['types']> = {
    'application/rss+xml': [
      ...own('xml', 'RSS'),
      { url: absoluteUrl('/feed.xml'), title: `${site.name} RSS` },
    ],
    'application/feed+json': [
      ...own('json', 'JSON Feed'),
      { url: absoluteUrl('/feed.json'), title: `${site.name} JSON Feed` },
    ],
  };
  if (markdown) types['text/markdown'] = [{ url: absoluteUrl(markdown), title: t.post.markdown }];
  return { canonical: absoluteUrl(canonicalPath), types, ...(languages ? { languages } : {}) };
}

/** A listing page (home, category, tag, person) with the site's preview image. */
export function listingMetadata(
  title: string | undefined,
  description: string,
  pathname: string,
  feed?: FeedLink,
): Metadata {
  const image = { url: absoluteUrl(SITE_IMAGE_PATH), ...IMAGE, alt: site.name };
  return {
    ...(title ? { title } : {}),
    description,
    alternates: alternates(pathname, { feed }),
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: ogLocale(site.locale),
      url: absoluteUrl(pathname),
      title: title ?? site.name,
      description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image.url] },
  };
}

export function siteMetadata(): Metadata {
  const home = absoluteUrl('/');
  const image = {
    url: absoluteUrl(SITE_IMAGE_PATH),
    ...IMAGE,
    alt: `${site.name} — ${site.description}`,
  };
  return {
    metadataBase: new URL(home),
    title: { default: `${site.name} — ${site.description}`, template: `%s · ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: alternates('/'),
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: ogLocale(site.locale),
      url: home,
      title: site.name,
      description: site.description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image.url] },
    // The browser loads these from the page's own origin: site paths, not SITE_URL.
    manifest: sitePath('/manifest.webmanifest'),
    icons: {
      // The publisher's icon (site.yaml) is made into the PNGs (lib/publication/icons.ts).
      icon: site.icon
        ? [{ url: sitePath('/icon-192.png'), type: 'image/png', sizes: '192x192' }]
        : [{ url: sitePath('/icon.svg'), type: 'image/svg+xml' }],
      apple: [{ url: sitePath('/apple-touch-icon.png'), sizes: '180x180' }],
    },
    formatDetection: { telephone: false, email: false, address: false },
  };
}

/** What a post's <head> says about the post, and a question's share page in its place. */
interface HeadValues {
  title: string;
  description: string;
  url: string;
  image: string;
  imageAlt: string;
}

function postHead(post: Post): HeadValues {
  return {
    title: post.title,
    description: post.description,
    url: absoluteUrl(postPath(post)),
    image: postImageUrl(post),
    imageAlt: post.title,
  };
}

/**
 * `hreflang` alternates of a post with translations: every version, itself included, and
 * `x-default` (lib/posts/translations.ts). None for a post alone.
 */
export function languageAlternates(post: Post, translations: Post[]): Record<string, string> {
  if (translations.length === 0) return {};
  const versions = [post, ...translations];
  const languages: Record<string, string> = {};
  for (const version of versions) languages[version.lang] = absoluteUrl(postPath(version));
  const fallback = defaultVersion(versions, site.locale);
  if (fallback) languages['x-default'] = absoluteUrl(postPath(fallback));
  return languages;
}

export function postMetadata(post: Post, translations: Post[] = []): Metadata {
  const { title, description, url, image, imageAlt } = postHead(post);
  // A post's own image (frontmatter `image`) has a size the site does not know.
  const size = post.image ? {} : cardImage(post);
  return {
    title,
    description,
    alternates: alternates(postPath(post), {
      markdown: `${postPath(post)}.md`,
      languages: translations.length > 0 ? languageAlternates(post, translations) : undefined,
    }),
    authors: bylineOf(post) ? [{ name: bylineOf(post)! }] : undefined,
    keywords: post.tags.length > 0 ? post.tags : undefined,
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: ogLocale(post.lang),
      url,
      title,
      description,
      publishedTime: post.date,
      section: post.category?.name,
      tags: post.tags,
      images: [{ url: image, ...size, alt: imageAlt }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** "Barron's: 질문? — LeCun: 답의 첫머리…", cut to fit a preview. */
export function questionDescription(question: QuestionSummary): string {
  const asked = question.speaker ? `${question.speaker}: ${question.text}` : question.text;
  const answered = question.answerSpeaker
    ? `${question.answerSpeaker}: ${answerText(question)}`
    : answerText(question);
  return truncateAtWord(`${asked} — ${answered}`, 160);
}

/** A question's share page: its values in place of the post's (see postHead). */
function questionHead(post: Post, question: QuestionSummary): HeadValues {
  return {
    title: truncateAtWord(question.text, 70),
    description: questionDescription(question),
    url: absoluteUrl(questionPath(post, question.n)),
    image: absoluteUrl(questionImagePath(post, question.n)),
    imageAlt: question.text,
  };
}

/**
 * A question's share page says what its post page says (the interview is the original: the
 * canonical, the author, the tags, the Markdown source), with the question's own title,
 * description, URL and card (every question card has the site's card size).
 */
export function questionMetadata(post: Post, question: QuestionSummary): Metadata {
  const { title, description, url, image, imageAlt } = questionHead(post, question);
  const base = postMetadata(post);
  return {
    ...base,
    title,
    description,
    openGraph: {
      ...base.openGraph,
      url,
      title,
      description,
      images: [{ url: image, ...cardImage(post), alt: imageAlt }],
    },
    twitter: { ...base.twitter, title, description, images: [image] },
  };
}

/** A person's page; page 2… of their answers has its own canonical. */
export function personMetadata(person: Person, page: number): Metadata {
  const path = page === 1 ? personPath(person.slug) : `${personPath(person.slug)}/page/${page}`;
  const counts = [
    person.gave.length > 0 ? t.people.gave(person.gave.length) : '',
    person.answers.length > 0 ? t.count.answers(person.answers.length) : '',
    person.conducted.length > 0 ? t.people.conducted(person.conducted.length) : '',
  ].filter(Boolean);
  const description = truncateAtWord(
    [person.description, t.people.summary(site.name, counts)].filter(Boolean).join(' — '),
    160,
  );
  const metadata = listingMetadata(
    page === 1 ? person.name : `${person.name} · ${t.count.page(page)}`,
    description,
    path,
    { base: personPath(person.slug), title: `${site.name} · ${person.name}` },
  );
  return { ...metadata, openGraph: { ...metadata.openGraph, type: 'profile' } };
}
