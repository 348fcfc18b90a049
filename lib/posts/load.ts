import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from './errors';
import type { ContentIssue } from './errors';
import { buildPeople } from '@/lib/people/directory';
import type { PeopleDirectory } from '@/lib/people/directory';
import { readPeopleData } from '@/lib/people/data';
import { inspectPicture, PictureProblem } from '@/lib/pictures/inspect';
import { examineRecording } from '@/lib/recordings/inspect';
import { readSiteFile, SITE_FILE } from '@/lib/publication/site-file';
import { parsePostCached } from './parse-cache';
import { slugClashes, tagsOf } from './taxonomy';
import { aliasIssues, pagePathsOf } from './aliases';
import { seriesIssues, seriesOf } from './series';
import { translationIssues } from './translations';
import type { CardPhoto, Category, Post, PostWithText } from './types';

const POST_FILE = /\.mdx?$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface LoadOptions {
  /** Keep `draft: true` posts (with `DRAFTS=on`, the default in `npm run dev`). */
  includeDrafts: boolean;
}

/** A post file's text: UTF-8 (else throws), no BOM, one spelling of a line end whatever the editor. */
export async function readPostText(file: string): Promise<string> {
  return utf8
    .decode(await readFile(file))
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

function newestFirst(a: Post, b: Post): number {
  return (
    b.date.localeCompare(a.date) ||
    a.title.localeCompare(b.title, 'ko') ||
    a.slug.localeCompare(b.slug)
  );
}

/**
 * Reads, validates and parses every post in `dir`. Throws one ContentError listing every
 * problem in every file, so an author sees them all in one run.
 */
export async function loadPosts(
  dir: string,
  { includeDrafts }: LoadOptions,
): Promise<PostWithText[]> {
  const relative = path.relative(process.cwd(), dir);
  const folder = relative.startsWith('..') ? dir : relative || '.';
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    names = (await readdir(dir))
      .filter((name) => POST_FILE.test(name) && !name.startsWith('.'))
      .sort();
  } catch {
    throw new ContentError(
      [
        {
          file: folder,
          message: 'the content folder does not exist',
          hint: 'create it or set POSTS_DIR to the folder that holds your posts',
        },
      ],
      folder,
    );
  }

  const issues: ContentIssue[] = [];
  const posts: PostWithText[] = [];
  const bySlug = new Map<string, string>();
  for (const name of names) {
    let text: string;
    try {
      text = await readPostText(path.join(dir, name));
    } catch {
      issues.push({
        file: name,
        message: 'the file is not valid UTF-8 text',
        hint: 'save it with UTF-8 encoding',
      });
      continue;
    }
    const slug = name.replace(POST_FILE, '');
    const twin = bySlug.get(slug);
    if (twin) {
      issues.push({
        file: name,
        message: `has the same URL /posts/${slug} as ${twin}`,
        hint: 'rename or remove one of them',
      });
    }
    bySlug.set(slug, name);
    const result = parsePostCached(name, text);
    if (result.issues) issues.push(...result.issues);
    else posts.push(result.post);
  }
  issues.push(...(await examinePictures(posts, dir)));
  issues.push(...(await examineRecordings(posts, dir)));
  issues.push(...slugClashes(posts, 'category', (slug) => `/categories/${slug}`));
  issues.push(...slugClashes(posts, 'tags', (slug) => `/tags/${slug}`));
  const people = await readPeopleData(dir);
  const directory = buildPeople(posts, people.people);
  issues.push(...people.issues, ...directory.issues, ...(await examineSiteFile(dir)));
  issues.push(...slugClashes(posts, 'series', (slug) => `/series/${slug}`));
  issues.push(...seriesIssues(posts), ...translationIssues(posts));
  // Drafts included: a draft published later must not find its path taken by an alias.
  const pages = pagePathsOf(posts, {
    people: directory.people.map((person) => person.slug),
    categories: categoriesOf(posts).map((category) => category.slug),
    tags: tagsOf(posts).map((tag) => tag.slug),
    series: seriesOf(posts).map((series) => series.slug),
  });
  issues.push(...aliasIssues(posts, pages));
  if (issues.length > 0) throw new ContentError(issues, folder);
  for (const post of posts) post.cardPhoto = cardPhotoOf(post, directory);

  return posts.filter((post) => includeDrafts || !post.draft).sort(newestFirst);
}

/**
 * Examines every picture the posts publish from the content folder (lib/pictures/inspect.ts),
 * filling in what the pages need to show it; returns what cannot be published, by post and line.
 */
async function examinePictures(posts: PostWithText[], dir: string): Promise<ContentIssue[]> {
  const wanted = posts.flatMap((post) =>
    [...(post.cover ? [post.cover] : []), ...post.pictures].map((picture) => ({ post, picture })),
  );
  const issues: ContentIssue[] = [];
  // A few at a time: a picture examined for the first time is read and decoded whole.
  for (let i = 0; i < wanted.length; i += 4) {
    await Promise.all(
      wanted.slice(i, i + 4).map(async ({ post, picture }) => {
        try {
          picture.info = await inspectPicture(path.join(dir, picture.file));
        } catch (error) {
          if (!(error instanceof PictureProblem)) throw error;
          issues.push({
            file: post.file,
            line: picture.line,
            field: picture === post.cover ? 'image' : undefined,
            message: `the picture "${picture.src}" ${error.message}`,
            hint: error.hint,
          });
        }
      }),
    );
  }
  return issues;
}

/** What is wrong with site.yaml, its icon included (lib/publication/site-file.ts). */
async function examineSiteFile(dir: string): Promise<ContentIssue[]> {
  const { settings, issues } = readSiteFile(dir);
  if (!settings.icon) return issues;
  try {
    const { width, height } = await inspectPicture(path.join(dir, settings.icon));
    if (width !== height || width < 512) {
      issues.push({
        file: SITE_FILE,
        field: 'icon',
        message: `the icon must be a square picture of at least 512×512 pixels (got ${width}×${height})`,
        hint: 'crop it square; browsers and phones show it as small as 16 px and as large as 512 px',
      });
    }
  } catch (error) {
    if (!(error instanceof PictureProblem)) throw error;
    issues.push({
      file: SITE_FILE,
      field: 'icon',
      message: `the picture "${settings.icon}" ${error.message}`,
      hint: error.hint,
    });
  }
  return issues;
}

/** Examines the posts' local recordings (lib/recordings/inspect.ts), one at a time. */
async function examineRecordings(posts: PostWithText[], dir: string): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  for (const post of posts) {
    if (!post.recording?.file) continue;
    const examined = await examineRecording(post.recording, post.file, dir);
    post.recording.info = examined.info;
    issues.push(...examined.issues);
  }
  return issues;
}

/** The cover, else the interviewee's portrait: the photo of the post's share cards. */
function cardPhotoOf(post: Post, people: PeopleDirectory): CardPhoto | undefined {
  const portrait = people.find(post.interviewee)?.photo;
  const [picture, isPortrait] = post.cover ? [post.cover, false] : [portrait, true];
  return picture?.info && { file: picture.file, hash: picture.info.hash, portrait: isPortrait };
}

export function categoriesOf(posts: Post[]): Category[] {
  const bySlug = new Map<string, Category>();
  for (const post of posts) if (post.category) bySlug.set(post.category.slug, post.category);
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'ko'));
}
