import type { Root } from 'mdast';
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
      const value = node.value;
      if (LINE_BREAK.test(value.trim())) {
        parent.children.splice(index, 1, { type: 'break' });
        return SKIP;
      }
      const text = { type: 'text' as const, value };
      // Block HTML sits where a paragraph may; inline HTML sits inside one.
      const replacement =
        parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem'
          ? { type: 'paragraph' as const, children: [text] }
          : text;
      parent.children.splice(index, 1, replacement as never);
      return SKIP;
    });
  };
}
