import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from './errors';

/**
 * What an `.mdx` post may contain beyond Markdown: the interview components with plain string
 * attributes. Anything that could run code (import/export, `{expressions}`, other JSX) is
 * refused with its line instead of being silently stripped or executed.
 */
export const ALLOWED_COMPONENTS: Record<string, readonly string[]> = {
  Question: ['speaker', 'time'],
  Answer: ['speaker', 'time'],
};

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number; column: number } };
}

const ESCAPE_HINT = 'write \\{ and \\} for literal braces, or save the post as .md';

export function mdxIssues(tree: Root, file: string, lineOffset: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(tree, (raw) => {
    const node = raw as unknown as MdxNode;
    const at = node.position
      ? { line: node.position.start.line + lineOffset, column: node.position.start.column }
      : {};
    const add = (message: string, hint: string) => issues.push({ file, ...at, message, hint });

    switch (node.type) {
      case 'mdxjsEsm':
        add(
          'import/export statements are not allowed in posts',
          'remove the line; posts cannot load code',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          `the JavaScript expression {${(node.value ?? '').trim().slice(0, 40)}} is not allowed`,
          ESCAPE_HINT,
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const allowed = node.name ? ALLOWED_COMPONENTS[node.name] : undefined;
        if (!allowed) {
          add(
            `<${node.name ?? ''}> is not allowed (only ${Object.keys(ALLOWED_COMPONENTS)
              .map((n) => `<${n}>`)
              .join(' and ')})`,
            'use Markdown for formatting, or save the post as .md to show HTML as text',
          );
          break;
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
            add(
              `<${node.name}> attributes must be plain text in quotes`,
              `write ${node.name === 'Question' || node.name === 'Answer' ? 'speaker="이름"' : 'name="value"'}`,
            );
          } else if (!allowed.includes(attribute.name ?? '')) {
            add(
              `<${node.name}> has no attribute "${attribute.name}"`,
              `allowed: ${allowed.join(', ')}`,
            );
          }
        }
        break;
      }
    }
  });
  return issues;
}
