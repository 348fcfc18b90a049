import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FEED_FORMATS, FEED_PARTS } from '@/lib/feed/parts';
import { cardsOf } from '@/lib/og/cards-for';
import { cachedPicture, encodePicture, publishedPictures } from '@/lib/pictures/encode';
import { MIME, parsePictureFile, pictureFiles } from '@/lib/pictures/variants';
import type { PostWithText } from '@/lib/posts';
import { recordingPath } from '@/lib/recordings/media';
import { recordingTextAt } from '@/lib/recordings/transcript';
import type { PublishedSource } from './published-sources';
import { searchFiles } from '@/lib/search/files';
import { CARD_TYPES } from '@/lib/seo/urls';
import { site } from '@/lib/site';
import { aliasFile } from '@/lib/posts/aliases';
import { redirectFiles } from '@/lib/redirects/files';
import { ICON_FILES } from '@/lib/publication/icon-files';

/**
 * The files an archive publishes beside its pages, which are not Next.js routes: the posts'
 * Markdown sources, the feeds of each category, tag and person, the search index, the share
 * cards and the posts' pictures. `npm run build` writes them all beside `next build` (scripts/check-content.ts,
 * scripts/draw-cards.ts, pipeline/published-sources.ts) with the functions named here; `npm run dev`
 * answers one of them at a time with `contentFileAt`, from the same functions, so a writer sees
 * in development the bytes the build publishes (tests/site/dev-server.test.ts compares them).
 */
export interface ContentFile {
  type: string;
  body: Buffer;
}

const TYPES = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;

/** The published Markdown file of a post, byte for byte (`/posts/<slug>.md`). */
export function postSourceFile(post: PostWithText): string {
  return path.join(site.postsDir, post.file);
}

/** Every file published as it is: the posts' sources and their local recordings. */
export function publishedSources(posts: PostWithText[]): PublishedSource[] {
  return posts.flatMap((post) => {
    const recording = post.recording?.file && recordingPath(post.recording);
    return [
      { path: postSourceFile(post), to: `posts/${post.slug}.md` },
      ...(recording
        ? [{ path: path.join(site.postsDir, post.recording!.file!), to: recording.slice(1) }]
        : []),
    ];
  });
}

async function feedAt(pathname: string): Promise<ContentFile | undefined> {
  const match = /^\/([^/]+)\/([^/]+)\/feed\.(xml|json)$/.exec(pathname);
  if (!match) return undefined;
  const [, folder, slug, format] = match as unknown as [string, string, string, 'xml' | 'json'];
  const part = Object.values(FEED_PARTS).find((p) => p.folder === folder);
  const source = part && (await part.feed(slug));
  if (!source) return undefined;
  const response = FEED_FORMATS[format](source);
  return {
    type: response.headers.get('Content-Type') ?? '',
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/**
 * The file the build publishes at `pathname` (a site path without the base path), or undefined
 * when it is not one of these. `posts` gives the posts `npm run dev` shows, read only when the
 * path is one of these files (the feeds read them through lib/posts, as the build's do).
 */
export async function contentFileAt(
  pathname: string,
  posts: () => Promise<PostWithText[]>,
): Promise<ContentFile | undefined> {
  const recorded = /^\/posts\/([^/]+)\.(vtt|chapters\.json)$/.exec(pathname);
  if (recorded) {
    const post = (await posts()).find((p) => p.slug === recorded[1]);
    const file = post && recordingTextAt(post, pathname);
    return file && { type: file.type, body: Buffer.from(file.text) };
  }
  const source = /^\/posts\/([^/]+)\.md$/.exec(pathname);
  if (source) {
    const post = (await posts()).find((p) => p.slug === source[1]);
    return post && { type: TYPES.md, body: await readFile(postSourceFile(post)) };
  }
  if (pathname.startsWith('/recordings/')) {
    const recording = (await posts()).find(
      (p) => p.recording?.file && recordingPath(p.recording) === pathname,
    )?.recording;
    return (
      recording && {
        type: recording.type,
        body: await readFile(path.join(site.postsDir, recording.file!)),
      }
    );
  }
  if (pathname.startsWith('/search-index/')) {
    const text = searchFiles(await posts()).get(pathname.slice('/search-index/'.length));
    return text === undefined ? undefined : { type: TYPES.json, body: Buffer.from(text) };
  }
  if (/\/og\.(png|jpg)$/.test(pathname)) {
    const card = cardsOf(await posts()).find((c) => c.path === pathname);
    if (!card) return undefined;
    // Loaded when a card is asked for: the content check, which imports this module, never
    // loads the drawing addon.
    const { cardImage } = await import('@/lib/og/card-image');
    return { type: CARD_TYPES[card.format], body: await cardImage(card) };
  }
  const icon = site.icon && ICON_FILES.find((spec) => `/${spec.file}` === pathname);
  if (icon) {
    // Loaded when asked for, as the cards: the content check never loads sharp through here.
    const { iconImage } = await import('@/lib/publication/icons');
    return { type: 'image/png', body: await iconImage(path.join(site.postsDir, site.icon!), icon) };
  }
  const picture = parsePictureFile(pathname);
  if (picture) {
    const source = (await publishedPictures(await posts(), site.postsDir)).find(
      (p) => p.info.hash === picture.hash,
    );
    const file = pathname.slice(1);
    if (!source || !pictureFiles(source.info).some((f) => f.file === file)) return undefined;
    await encodePicture(source);
    return { type: MIME[picture.format], body: await readFile(cachedPicture(file)) };
  }
  return (await feedAt(pathname)) ?? redirectAt(pathname, posts);
}

/** The page at a post's old path (an alias), as the build writes it (lib/redirects/files.ts). */
async function redirectAt(
  pathname: string,
  posts: () => Promise<PostWithText[]>,
): Promise<ContentFile | undefined> {
  if (pathname === '/' || !/^\/[^.]*(\.html?)?$/.test(pathname)) return undefined;
  const text = redirectFiles(await posts()).get(aliasFile(pathname));
  return text === undefined ? undefined : { type: TYPES.html, body: Buffer.from(text) };
}
