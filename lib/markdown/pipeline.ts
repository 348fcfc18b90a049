import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import remarkInterview from '@/lib/interview/remark-interview';
import remarkOutsideQa from '@/lib/interview/remark-outside-qa';
import type { InterviewOptions, InterviewSummary } from '@/lib/interview/remark-interview';
import remarkPictures from '@/lib/pictures/remark-pictures';
import type { PicturesOptions } from '@/lib/pictures/remark-pictures';
import remarkHtmlAsText from './remark-html-as-text';

/**
 * The one list of remark plugins. The post loader (lib/posts/parse.ts) runs it to read a
 * post's structure and text; the renderer (./render.ts) gives the same list to MDX. Whatever
 * a plugin does to the page, it does to the title, cards, feeds and search too.
 */
export type SourceFormat = 'md' | 'mdx';

export function remarkPlugins(
  interview: InterviewOptions = {},
  pictures?: PicturesOptions,
): PluggableList {
  const plugins: PluggableList = [
    remarkGfm,
    remarkHtmlAsText,
    [remarkInterview, interview],
    remarkOutsideQa,
  ];
  // The page's pictures, once the loader has examined them (lib/pictures/remark-pictures.ts).
  return pictures ? [...plugins, [remarkPictures, pictures]] : plugins;
}

/** Markdown (+ GFM, + MDX syntax for `.mdx`) text → the tree as written. Throws on bad MDX. */
export function parseMarkdown(body: string, format: SourceFormat): Root {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (format === 'mdx') processor.use(remarkMdx);
  return processor.parse(body);
}

/** Runs the plugins on a parsed tree, in place: the tree the page is rendered from. */
export function structure(tree: Root, interview: InterviewOptions = {}): InterviewSummary {
  const file = new VFile();
  unified().use(remarkParse).use(remarkPlugins(interview)).runSync(tree, file);
  return file.data.interview ?? { questions: [] };
}
