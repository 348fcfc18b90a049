import type { ReactElement } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkInterview from '@/lib/interview/remark-interview';
import type { InterviewOptions } from '@/lib/interview/remark-interview';
import { markdownComponents } from './components';
import remarkHtmlAsText from './remark-html-as-text';

/**
 * The only module that knows about next-mdx-remote: Markdown/MDX text in, React element out.
 * `.md` is compiled as plain Markdown so that Korean prose like `{이건}` is not read as a
 * JavaScript expression.
 */
export type SourceFormat = 'md' | 'mdx';

export interface RenderInput {
  body: string;
  format: SourceFormat;
  interview?: InterviewOptions;
}

// A page and its metadata may ask for the same post; it is compiled once per process.
const compiled = new Map<string, Promise<ReactElement>>();

export function renderMarkdown(input: RenderInput): Promise<ReactElement> {
  const key = JSON.stringify([input.format, input.interview ?? {}, input.body]);
  let result = compiled.get(key);
  if (!result) {
    result = compile(input);
    compiled.set(key, result);
  }
  return result;
}

async function compile({ body, format, interview = {} }: RenderInput): Promise<ReactElement> {
  const { content } = await compileMDX({
    source: body,
    components: markdownComponents,
    options: {
      parseFrontmatter: false,
      mdxOptions: {
        format,
        remarkPlugins: [remarkGfm, remarkHtmlAsText, [remarkInterview, interview]],
        rehypePlugins: [rehypeSlug],
      },
    },
  });
  return content;
}
