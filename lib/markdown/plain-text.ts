import type { Nodes, Root } from 'mdast';

/**
 * The text a reader sees in a piece of the structured tree, for every place that shows a post
 * as plain text (title, description, question list, cards, feeds, search, reading time). It
 * reads the same tree the page is rendered from, so the two cannot disagree: a line break
 * (`<br>`, or two trailing spaces) is a space, raw HTML is the text the author typed (see
 * remark-html-as-text), inline code and link text are their text.
 */
function collect(node: Nodes, out: string[]): void {
  if (node.type === 'break') {
    out.push(' ');
    return;
  }
  if (node.type === 'image' || node.type === 'imageReference') {
    if (node.alt) out.push(node.alt);
    return;
  }
  // Definitions and footnote definitions are not shown where they are written.
  if (node.type === 'definition') return;
  if ('value' in node && typeof node.value === 'string') {
    out.push(node.value);
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child as Nodes, out);
}

/** One line of text: whitespace runs (soft line breaks, `<br>`) become single spaces. */
export function inlineText(nodes: Nodes | Nodes[]): string {
  const out: string[] = [];
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) collect(node, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'code',
  'interviewQuestion',
  'interviewLead',
]);

/** The text blocks of a tree in order, each as one line (list items, quotes and Q&A included). */
export function textBlocks(node: Nodes | Nodes[]): string[] {
  const blocks: string[] = [];
  const walk = (current: Nodes) => {
    if (BLOCKS.has(current.type)) {
      const text = current.type === 'code' ? current.value.trim() : inlineText(current);
      if (text) blocks.push(text);
      return;
    }
    if (current.type === 'definition' || current.type === 'footnoteDefinition') return;
    if ('children' in current) for (const child of current.children) walk(child as Nodes);
  };
  for (const item of Array.isArray(node) ? node : [node]) walk(item);
  return blocks;
}

/** The whole tree as text, blocks separated by a space (search, reading time). */
export function documentText(tree: Root): string {
  return textBlocks(tree).join(' ');
}
