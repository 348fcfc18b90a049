import type { PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Raw HTML in a post is shown as the text the author typed, never executed and never dropped
 * (README, "Raw HTML"). `<br>` is the one tag kept, as a line break, because authors use it
 * for exactly that.
 */
const LINE_BREAK = /^<br\s*\/?>$/i;

export default function remarkHtmlAsText() {
  return (tree: Root): void => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      // Block HTML sits where a paragraph may: it becomes a paragraph of its text.
      if (parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem') {
        parent.children.splice(index, 1, { type: 'paragraph', children: [text] });
        return SKIP;
      }
      // Inline HTML sits among phrasing content (mdast puts it nowhere else).
      const inline = parent.children as PhrasingContent[];
      inline.splice(index, 1, LINE_BREAK.test(node.value.trim()) ? { type: 'break' } : text);
      return SKIP;
    });
  };
}
