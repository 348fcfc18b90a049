import type { Paragraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { phrasing } from 'mdast-util-phrasing';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { inlineText, textBlocks } from '@/lib/markdown/plain-text';
import { matchLabel } from './labels';
import { answerNode, leadNode, qaNode, questionNode } from './nodes';
import type { InterviewAnswer, InterviewQa } from './nodes';

/**
 * remark-interview: finds the interview in a plain Markdown post and restructures it into
 * Q&A blocks (see docs/ARCHITECTURE.md, "The interview structure").
 *
 *   **Speaker: question?**        → interviewQa(n) > interviewQuestion
 *   Name: answer … (more blocks)  →                 > interviewAnswer(speaker = Name)
 *   **lead**  /  bare URL         → interviewLead  /  removed, reported as `source`
 *
 * `.mdx` posts may write <Question speaker="…">…</Question> and <Answer speaker="…">…</Answer>;
 * they become the same nodes, so hand-written and detected interviews render identically.
 */

export interface InterviewOptions {
  /** Frontmatter `interviewee`: who answers when an answer has no label. */
  interviewee?: string;
  /** Frontmatter `source`: when set, a bare URL in the preamble stays in the text. */
  source?: string;
}

export interface QuestionSummary {
  n: number;
  speaker?: string;
  text: string;
  /** Who answers first (the badge of the first answer). */
  answerSpeaker?: string;
  /** Everyone who answers this question, in order (panels have several). */
  answerSpeakers: string[];
  /** Each answer with its speaker, in order (a panel answers one question several times). */
  answers: Array<{ speaker?: string; text: string }>;
}

/**
 * All answers' text, paragraphs separated by blank lines. Joined when asked for, not kept
 * beside `answers`: every build process holds every post's questions.
 */
export function answerText(question: Pick<QuestionSummary, 'answers'>): string {
  return question.answers
    .map((answer) => answer.text)
    .filter(Boolean)
    .join('\n\n');
}

export interface InterviewSummary {
  source?: string;
  lead?: string;
  interviewer?: string;
  interviewee?: string;
  questions: QuestionSummary[];
}

interface Labelled<T> {
  speaker: string | undefined;
  children: T[];
}

// --- what a block is ------------------------------------------------------------------------

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * The paragraph's text as one `strong` when all of it is bold, or null. Authors sometimes bold
 * a question in pieces (`**Barron's:** **질문?**`); the pieces and the spaces between them are
 * joined.
 */
function wholeBold(node: RootContent): Strong | null {
  if (node.type !== 'paragraph') return null;
  const content = node.children.filter((child) => !isBlank(child));
  if (content.length === 0 || !content.every((child) => child.type === 'strong')) return null;
  if (content.length === 1) return content[0] as Strong;
  return {
    type: 'strong',
    children: node.children.flatMap((child) =>
      child.type === 'strong' ? child.children : [child],
    ),
  };
}

/** Removes a leading `Name:` label from phrasing content (plain or bold), or returns null. */
function takeLabel(children: PhrasingContent[]): Labelled<PhrasingContent> | null {
  const [first, ...rest] = children;
  if (first?.type === 'text') {
    const label = matchLabel(first.value);
    if (!label) return null;
    const remainder = first.value.slice(label.length);
    return {
      speaker: label.speaker,
      children: remainder ? [{ ...first, value: remainder }, ...rest] : rest,
    };
  }
  if (first?.type === 'strong') {
    // `**LeCun:** answer` — the bold part is exactly the label.
    const label = matchLabel(toString(first));
    if (!label || label.length < toString(first).length) return null;
    const next = rest[0];
    if (next?.type === 'text') {
      const trimmed = next.value.replace(/^\s+/, '');
      return {
        speaker: label.speaker,
        children: trimmed ? [{ ...next, value: trimmed }, ...rest.slice(1)] : rest.slice(1),
      };
    }
    return { speaker: label.speaker, children: rest };
  }
  return null;
}

/** <Name …>…</Name> on lines of its own (flow) or inside a paragraph (text). */
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: RootContent | PhrasingContent | undefined, name: string): node is JsxElement {
  return (
    (node?.type === 'mdxJsxFlowElement' || node?.type === 'mdxJsxTextElement') && node.name === name
  );
}

/** The element a block consists of: the block itself, or the one element in a paragraph. */
function asJsx(node: RootContent, name: string): JsxElement | null {
  if (isJsx(node, name)) return node;
  if (node.type !== 'paragraph') return null;
  const content = node.children.filter((child) => !isBlank(child));
  return content.length === 1 && isJsx(content[0], name) ? content[0] : null;
}

function jsxString(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find(
    (attr) => attr.type === 'mdxJsxAttribute' && attr.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value.trim() || undefined : undefined;
}

// MDX unravels `<X>text</X>` on a line of its own into a flow element whose children are
// phrasing content, so both kinds of children occur in flow elements. (`html` never does: MDX
// has no raw HTML.)
const isPhrasing = (node: RootContent | PhrasingContent): node is PhrasingContent => phrasing(node);

/** Phrasing content of a JSX element: its paragraphs joined by line breaks. */
function jsxPhrasing(element: JsxElement): PhrasingContent[] {
  const parts = element.children.map((child): PhrasingContent[] =>
    isPhrasing(child) ? [child] : child.type === 'paragraph' ? child.children : [],
  );
  return parts.flatMap((part, index) =>
    index > 0 && element.children[index]?.type === 'paragraph'
      ? [{ type: 'break' }, ...part]
      : part,
  );
}

/** Block content of a JSX element; runs of inline content are wrapped in paragraphs. */
function jsxBlocks(element: JsxElement): RootContent[] {
  const blocks: RootContent[] = [];
  let run: Paragraph | null = null;
  for (const child of element.children) {
    if (!isPhrasing(child)) {
      blocks.push(child);
      run = null;
      continue;
    }
    if (!run) {
      run = { type: 'paragraph', children: [] };
      blocks.push(run);
    }
    run.children.push(child);
  }
  return blocks;
}

/** A question as a label and phrasing content, from either Markdown or <Question>. */
function readQuestion(node: RootContent): Labelled<PhrasingContent> | null {
  const jsx = asJsx(node, 'Question');
  if (jsx) return { speaker: jsxString(jsx, 'speaker'), children: jsxPhrasing(jsx) };
  const bold = wholeBold(node);
  if (!bold) return null;
  const labelled = takeLabel(bold.children);
  if (!labelled || labelled.children.every(isBlank)) return null;
  return labelled;
}

/** The start of a new answer: `Name: …` paragraph or <Answer>. */
function readAnswerStart(node: RootContent): Labelled<RootContent> | null {
  const jsx = asJsx(node, 'Answer');
  if (jsx) return { speaker: jsxString(jsx, 'speaker'), children: jsxBlocks(jsx) };
  if (node.type !== 'paragraph' || wholeBold(node)) return null;
  const labelled = takeLabel(node.children);
  if (!labelled) return null;
  const paragraph: Paragraph = { ...node, children: labelled.children };
  return { speaker: labelled.speaker, children: [paragraph] };
}

/** A whole-bold `Name: …` paragraph kept bold as an answer by `Name`. */
function boldAnswer(node: RootContent, speaker: string | undefined): Labelled<RootContent> | null {
  const bold = wholeBold(node);
  const labelled = bold ? takeLabel(bold.children) : null;
  if (!bold || !labelled) return null;
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'strong', children: labelled.children }],
  };
  return { speaker, children: [paragraph] };
}

/** The URL of a paragraph that is nothing but a URL (GFM autolink literal or `<…>`). */
function bareUrl(node: RootContent): string | null {
  if (node.type !== 'paragraph') return null;
  const content = node.children.filter((child) => !isBlank(child));
  const only = content[0];
  if (content.length !== 1 || !only) return null;
  if (only.type === 'link' && /^https?:\/\//i.test(only.url)) {
    const text = toString(only).trim();
    return text === only.url || `${text}/` === only.url ? only.url : null;
  }
  if (only.type === 'text' && /^https?:\/\/\S+$/i.test(only.value.trim())) return only.value.trim();
  return null;
}

function blocksText(nodes: RootContent[]): string {
  return textBlocks(nodes).join('\n\n');
}

// --- the transform --------------------------------------------------------------------------

/**
 * Restructures `tree` in place and returns what it found. A tree without a question is left
 * untouched: it is an ordinary article.
 */
export function applyInterview(tree: Root, options: InterviewOptions = {}): InterviewSummary {
  const first = tree.children.findIndex((node) => readQuestion(node) !== null);
  if (first === -1) return { questions: [] };

  const summary: InterviewSummary = { questions: [] };
  const output: RootContent[] = [];
  let headingDepth = 1;

  tree.children.slice(0, first).forEach((node) => {
    if (node.type === 'heading') headingDepth = node.depth;
    const url = bareUrl(node);
    if (url && !summary.source && (!options.source || options.source === url)) {
      summary.source = url;
      return;
    }
    const bold = wholeBold(node);
    if (bold && !summary.lead && !takeLabel(bold.children)) {
      summary.lead = inlineText(bold);
      output.push(leadNode(bold.children));
      return;
    }
    output.push(node);
  });

  let qa: InterviewQa | null = null;
  let answer: InterviewAnswer | null = null;

  for (const node of tree.children.slice(first)) {
    const question = readQuestion(node);
    // A bold paragraph labelled with the interviewee's name is an emphasised answer, not a
    // question (`**LeCun: 절대 아닙니다.**`), unless the interviewee also asks.
    const interviewee = options.interviewee ?? summary.interviewee;
    const isAnswer =
      qa !== null &&
      question?.speaker !== undefined &&
      question.speaker === interviewee &&
      question.speaker !== summary.interviewer;
    if (question && !isAnswer) {
      const n = summary.questions.length + 1;
      const level = Math.min(6, Math.max(2, headingDepth + 1));
      qa = qaNode(n, [questionNode(n, level, question.speaker, question.children)]);
      answer = null;
      output.push(qa);
      summary.interviewer ??= question.speaker;
      summary.questions.push({
        n,
        speaker: question.speaker,
        text: inlineText(question.children),
        answerSpeakers: [],
        answers: [],
      });
      continue;
    }
    if (node.type === 'heading' || node.type === 'thematicBreak') {
      if (node.type === 'heading') headingDepth = node.depth;
      qa = answer = null;
      output.push(node);
      continue;
    }
    if (!qa) {
      output.push(node);
      continue;
    }
    const start = isAnswer && question ? boldAnswer(node, question.speaker) : readAnswerStart(node);
    if (start || !answer) {
      // An unlabelled answer is the interviewee's: from frontmatter, else the first one named.
      const speaker = start?.speaker ?? options.interviewee ?? summary.interviewee;
      answer = answerNode(speaker, start ? start.children : [node]);
      qa.children.push(answer);
      if (start?.speaker) summary.interviewee ??= start.speaker;
      const current = summary.questions.at(-1);
      if (current && !current.answerSpeaker) current.answerSpeaker = speaker;
      if (current && speaker && !current.answerSpeakers.includes(speaker))
        current.answerSpeakers.push(speaker);
      current?.answers.push({ speaker, text: '' });
    } else {
      answer.children.push(node);
    }
    const current = summary.questions.at(-1);
    const text = blocksText(start ? start.children : [node]);
    if (current && text) {
      const last = current.answers.at(-1)!;
      last.text = last.text ? `${last.text}\n\n${text}` : text;
    }
  }

  if (options.interviewee) summary.interviewee = options.interviewee;
  tree.children = output;
  return summary;
}

/** The unified plugin; the summary is also left on `file.data.interview`. */
export default function remarkInterview(options: InterviewOptions = {}) {
  return (tree: Root, file: VFile): void => {
    file.data.interview = applyInterview(tree, options);
  };
}

declare module 'vfile' {
  interface DataMap {
    interview: InterviewSummary;
  }
}
