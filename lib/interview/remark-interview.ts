import type { Paragraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { phrasing } from 'mdast-util-phrasing';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { inlineText, textBlocks } from '@/lib/markdown/plain-text';
import { formatTime as formatSeconds, leadingTime, TIME_HINT } from '@/lib/recordings/time';
import { matchLabel } from './labels';
import { answerNode, leadNode, qaNode, questionNode } from './nodes';
import type { InterviewAnswer, InterviewQa } from './nodes';
import { questionNumbers } from './anchors';

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
  /** Frontmatter `addedQuestions`: positions of questions added after publishing (./anchors.ts). */
  added?: number[];
}

export interface QuestionSummary {
  n: number;
  speaker?: string;
  text: string;
  /** Where the question is heard in the post's recording, in seconds (`**[12:34] 기자: …**`). */
  time?: number;
  /** Who answers first (the badge of the first answer). */
  answerSpeaker?: string;
  /** Everyone who answers this question, in order (panels have several). */
  answerSpeakers: string[];
  /** Each answer with its speaker, in order (a panel answers one question several times). */
  answers: Array<{ speaker?: string; text: string; time?: number }>;
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
  /** Times that are not times, or that go back (line in the body, 1-based). */
  timeIssues?: Array<{ line?: number; message: string; hint: string }>;
  /** Every block's time with its line in the body, in order (checked against the recording). */
  times?: Array<{ time: number; line?: number }>;
}

interface Labelled<T> {
  speaker: string | undefined;
  children: T[];
  /** Seconds into the recording, when the block starts with `[m:ss]`; NaN when malformed. */
  time?: number;
  /** The time as written, when it is malformed. */
  badTime?: string;
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

/**
 * Removes a leading `[m:ss]` / `[h:mm:ss]` from phrasing content: the time is the block's
 * place in the recording, never part of its text (title, cards, feeds, search, quotes).
 */
function takeTime(
  children: PhrasingContent[],
): Pick<Labelled<PhrasingContent>, 'time' | 'badTime' | 'children'> {
  const [first, ...rest] = children;
  // `**[12:34] 기자: …**` or `[1:02:03] LeCun: …`: the time opens the first text.
  const holder = first?.type === 'strong' ? first.children[0] : first;
  if (holder?.type !== 'text') return { children };
  const mark = leadingTime(holder.value);
  if (!mark) return { children };
  const value = holder.value.slice(mark.length);
  const time = mark.ok ? { time: mark.seconds } : { time: Number.NaN, badTime: mark.written };
  const trimmed = value ? [{ ...holder, value }] : [];
  if (first?.type === 'strong') {
    return {
      ...time,
      children: [{ ...first, children: [...trimmed, ...first.children.slice(1)] }, ...rest],
    };
  }
  return { ...time, children: [...trimmed, ...rest] };
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
  if (jsx)
    return withJsxTime(jsx, { speaker: jsxString(jsx, 'speaker'), children: jsxPhrasing(jsx) });
  const bold = wholeBold(node);
  if (!bold) return null;
  const timed = takeTime(bold.children);
  const labelled = takeLabel(timed.children);
  if (!labelled || labelled.children.every(isBlank)) return null;
  return { ...labelled, time: timed.time, badTime: timed.badTime };
}

/** `<Question time="12:34">` / `<Answer time="1:02:03">` in an .mdx post. */
function withJsxTime<T>(jsx: JsxElement, labelled: Labelled<T>): Labelled<T> {
  const written = jsxString(jsx, 'time');
  if (written === undefined) return labelled;
  const mark = leadingTime(`[${written}]`);
  return mark?.ok
    ? { ...labelled, time: mark.seconds }
    : { ...labelled, time: Number.NaN, badTime: written };
}

/** The start of a new answer: `Name: …` paragraph or <Answer>. */
function readAnswerStart(node: RootContent): Labelled<RootContent> | null {
  const jsx = asJsx(node, 'Answer');
  if (jsx)
    return withJsxTime(jsx, { speaker: jsxString(jsx, 'speaker'), children: jsxBlocks(jsx) });
  if (node.type !== 'paragraph' || wholeBold(node)) return null;
  const timed = takeTime(node.children);
  const labelled = takeLabel(timed.children);
  if (!labelled) return null;
  const paragraph: Paragraph = { ...node, children: labelled.children };
  return {
    speaker: labelled.speaker,
    children: [paragraph],
    time: timed.time,
    badTime: timed.badTime,
  };
}

/** A whole-bold `Name: …` paragraph kept bold as an answer by `Name`. */
function boldAnswer(node: RootContent, speaker: string | undefined): Labelled<RootContent> | null {
  const bold = wholeBold(node);
  const timed = bold ? takeTime(bold.children) : null;
  const labelled = timed ? takeLabel(timed.children) : null;
  if (!timed || !labelled) return null;
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'strong', children: labelled.children }],
  };
  return { speaker, children: [paragraph], time: timed.time, badTime: timed.badTime };
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
  const timeIssues: NonNullable<InterviewSummary['timeIssues']> = [];
  const times: NonNullable<InterviewSummary['times']> = [];
  let lastTime: { seconds: number; written: string } | undefined;
  /** The block's time, checked: a time, and not before the one above it. */
  const timeOf = (block: Labelled<unknown>, node: RootContent): number | undefined => {
    if (block.time === undefined) return undefined;
    const line = node.position?.start.line;
    if (block.badTime !== undefined) {
      timeIssues.push({ line, message: `"[${block.badTime}]" is not a time`, hint: TIME_HINT });
      return undefined;
    }
    const written = formatSeconds(block.time);
    if (lastTime && block.time < lastTime.seconds) {
      timeIssues.push({
        line,
        message: `the time ${written} comes before the time above it (${lastTime.written}): times go forward through the recording`,
        hint: 'check both times against the recording',
      });
    }
    lastTime = { seconds: block.time, written };
    times.push({ time: block.time, line });
    return block.time;
  };

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
      const time = timeOf(question, node);
      qa = qaNode(n, [questionNode(n, level, question.speaker, question.children, time)]);
      answer = null;
      output.push(qa);
      summary.interviewer ??= question.speaker;
      summary.questions.push({
        n,
        speaker: question.speaker,
        text: inlineText(question.children),
        ...(time === undefined ? {} : { time }),
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
      const time = start ? timeOf(start, node) : undefined;
      answer = answerNode(speaker, start ? start.children : [node], time);
      qa.children.push(answer);
      if (start?.speaker) summary.interviewee ??= start.speaker;
      const current = summary.questions.at(-1);
      if (current && !current.answerSpeaker) current.answerSpeaker = speaker;
      if (current && speaker && !current.answerSpeakers.includes(speaker))
        current.answerSpeakers.push(speaker);
      current?.answers.push(
        time === undefined ? { speaker, text: '' } : { speaker, text: '', time },
      );
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

  if (options.added?.length) renumber(output, summary, options.added);
  if (options.interviewee) summary.interviewee = options.interviewee;
  if (timeIssues.length > 0) summary.timeIssues = timeIssues;
  if (times.length > 0) summary.times = times;
  tree.children = output;
  return summary;
}

/** Gives the questions their lasting numbers (./anchors.ts), in the tree and the summary. */
function renumber(output: RootContent[], summary: InterviewSummary, added: number[]) {
  const numbers = questionNumbers(summary.questions.length, added);
  let at = 0;
  for (const node of output) {
    if (node.type !== 'interviewQa') continue;
    const n = numbers[at]!;
    node.data!.hProperties!.n = n;
    const question = node.children[0];
    if (question?.type === 'interviewQuestion') question.data!.hProperties!.n = n;
    summary.questions[at]!.n = n;
    at++;
  }
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
