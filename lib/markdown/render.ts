import type { MDXComponents } from 'mdx/types';
import { cloneElement } from 'react';
import type { ReactElement } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import rehypeSlug from 'rehype-slug';
import type { InterviewOptions } from '@/lib/interview/remark-interview';
import type { PicturesOptions } from '@/lib/pictures/remark-pictures';
import { remarkPlugins } from './pipeline';
import type { SourceFormat } from './pipeline';

/**
 * The only module that knows about next-mdx-remote: Markdown/MDX text in, React element out.
 * `.md` is compiled as plain Markdown so that Korean prose like `{이건}` is not read as a
 * JavaScript expression. What each element renders as is the caller's component map
 * (components/markdown/mdxComponents.tsx): lib/ does not import components.
 */
export type { SourceFormat } from './pipeline';

export interface RenderInput {
  body: string;
  format: SourceFormat;
  interview?: InterviewOptions;
  pictures?: PicturesOptions;
}

/** Renders the compiled post with a component map. */
export type RenderWith = (components: MDXComponents) => ReactElement;

// A post's pages (post page, question pages, feeds) reuse its compiled body with their own
// components (the element's `components` prop is swapped, nothing recompiles). The most
// recently used COMPILED_KEPT bodies are kept, not every one: a render worker of a 5,000-post
// archive would otherwise hold 5,000 compiled modules (bench/README.md: memory).
export const COMPILED_KEPT = 256;
const compiled = new Map<string, Promise<ReactElement>>();

export async function compileMarkdown(input: RenderInput): Promise<RenderWith> {
  const key = JSON.stringify([input.format, input.interview ?? {}, input.pictures, input.body]);
  let element = compiled.get(key);
  if (element) {
    compiled.delete(key); // to the end: the most recently used
  } else {
    element = compile(input);
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
  }
  compiled.set(key, element);
  const content = await element;
  return (components) =>
    cloneElement(content as ReactElement<{ components: MDXComponents }>, { components });
}

/** Compile and render with a component map. */
export async function renderMarkdown(
  input: RenderInput,
  components: MDXComponents,
): Promise<ReactElement> {
  return (await compileMarkdown(input))(components);
}

async function compile({
  body,
  format,
  interview = {},
  pictures,
}: RenderInput): Promise<ReactElement> {
  const { content } = await compileMDX({
    source: body,
    // Given when rendered (RenderWith): one compile serves every page's component map.
    components: {},
    options: {
      parseFrontmatter: false,
      mdxOptions: {
        format,
        remarkPlugins: remarkPlugins(interview, pictures ?? {}),
        rehypePlugins: [rehypeSlug],
      },
    },
  });
  return content;
}
