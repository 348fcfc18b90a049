import type { Root, RootContent } from 'mdast';
import type { InterviewExtra } from './nodes';

/**
 * Groups each run of top-level blocks outside the Q&A blocks into an `interview-extra`
 * element. On the post page it renders as a fragment (no markup); a single-question share
 * page renders it as nothing, so it can reuse the post's one compilation.
 * Runs after remark-interview; a post without questions is left alone.
 */
export default function remarkOutsideQa() {
  return (tree: Root): void => {
    if (!tree.children.some((node) => node.type === 'interviewQa')) return;
    const output: RootContent[] = [];
    let run: InterviewExtra | null = null;
    for (const node of tree.children) {
      if (node.type === 'interviewQa') {
        output.push(node);
        run = null;
        continue;
      }
      if (!run) {
        run = { type: 'interviewExtra', children: [], data: { hName: 'interview-extra' } };
        output.push(run);
      }
      run.children.push(node);
    }
    tree.children = output;
  };
}
