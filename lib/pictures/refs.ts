import path from 'node:path';
import type { Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from '@/lib/posts/errors';
import type { PictureInfo } from './variants';

/**
 * A picture a post publishes from the content folder: an image in its text whose path is
 * relative (`![…](images/park.jpg)`, resolved against the post's own folder as GitHub and
 * editors preview it), or its cover (`image: images/cover.jpg`).
 */
export interface PostPicture {
  /** As written in the post. */
  src: string;
  /** The file, relative to the content folder (`/`-separated). */
  file: string;
  /** Line in the post file, for messages. */
  line?: number;
  /** Filled by the loader (lib/posts/load.ts) once the file has been examined. */
  info?: PictureInfo;
}

/** Alt text that marks a picture as decorative: shown with `alt=""`, skipped by screen readers. */
export const DECORATIVE = '-';

/** A path to a file beside the post, not a URL, not a site path (`/…`, a file in public/). */
export function isLocalPicture(src: string): boolean {
  return src !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(src);
}

/**
 * The content-folder path of `src` written in `postFile` (relative to the content folder),
 * or undefined when it leaves the folder.
 */
export function resolvePicture(postFile: string, src: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src.split(/[?#]/)[0]!);
  } catch {
    decoded = src;
  }
  const file = path.posix.normalize(path.posix.join(path.posix.dirname(postFile), decoded));
  return file === '..' || file.startsWith('../') || path.posix.isAbsolute(file) ? undefined : file;
}

const LEAVES = (src: string) =>
  `the picture "${src}" is outside the content folder: only files inside it are published`;

/** The local pictures of a post's text, and what is wrong with them that needs no file. */
export function picturesIn(
  tree: Root,
  postFile: string,
  lineOffset: number,
): { pictures: PostPicture[]; issues: ContentIssue[] } {
  const pictures: PostPicture[] = [];
  const issues: ContentIssue[] = [];
  visit(tree, 'image', (node: Image) => {
    if (!isLocalPicture(node.url)) return;
    const line = node.position ? node.position.start.line + lineOffset : undefined;
    const file = resolvePicture(postFile, node.url);
    if (!file) {
      issues.push({
        file: postFile,
        line,
        message: LEAVES(node.url),
        hint: 'move it into the content folder',
      });
      return;
    }
    if (!node.alt?.trim()) {
      issues.push({
        file: postFile,
        line,
        message: `the picture "${node.url}" has no alt text`,
        hint: `say what it shows, for readers who cannot see it: ![박지수 작가가 창가에 선 모습](${node.url}); a purely decorative picture takes "${DECORATIVE}": ![${DECORATIVE}](${node.url})`,
      });
      return;
    }
    pictures.push({ src: node.url, file, line });
  });
  return { pictures, issues };
}

/** The post's cover, when frontmatter `image` names a file beside the post. */
export function coverIn(
  image: string | undefined,
  imageAlt: string | undefined,
  postFile: string,
): { cover?: PostPicture; issues: ContentIssue[] } {
  if (!image || !isLocalPicture(image)) return { issues: [] };
  const file = resolvePicture(postFile, image);
  if (!file) {
    return {
      issues: [
        {
          file: postFile,
          field: 'image',
          message: LEAVES(image),
          hint: 'move it into the content folder',
        },
      ],
    };
  }
  if (!imageAlt) {
    return {
      issues: [
        {
          file: postFile,
          field: 'imageAlt',
          message: 'a cover picture needs alt text',
          hint: `add "imageAlt: …" saying what it shows (or imageAlt: "${DECORATIVE}" if it is decorative)`,
        },
      ],
    };
  }
  return { cover: { src: image, file }, issues: [] };
}
