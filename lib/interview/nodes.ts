import type { Data, Parent, PhrasingContent, RootContent } from 'mdast';

/**
 * The mdast nodes remark-interview produces. Each carries `data.hName`, so mdast-util-to-hast
 * turns it into a custom element (`interview-qa`, …) that the MDX component map renders with
 * the components in components/interview/.
 */
export interface InterviewQa extends Parent {
  type: 'interviewQa';
  children: Array<InterviewQuestion | InterviewAnswer>;
  data: Data & { hName: 'interview-qa'; hProperties: { n: number } };
}

export interface InterviewQuestion extends Parent {
  type: 'interviewQuestion';
  children: PhrasingContent[];
  data: Data & {
    hName: 'interview-question';
    hProperties: { n: number; level: number; speaker?: string; time?: number };
  };
}

export interface InterviewAnswer extends Parent {
  type: 'interviewAnswer';
  children: RootContent[];
  data: Data & { hName: 'interview-answer'; hProperties: { speaker?: string; time?: number } };
}

export interface InterviewLead extends Parent {
  type: 'interviewLead';
  children: PhrasingContent[];
  data: Data & { hName: 'interview-lead' };
}

/** Top-level content that is not a Q&A block (lead, headings, notes); see remark-outside-qa. */
export interface InterviewExtra extends Parent {
  type: 'interviewExtra';
  children: RootContent[];
  data: Data & { hName: 'interview-extra' };
}

declare module 'mdast' {
  interface RootContentMap {
    interviewExtra: InterviewExtra;
    interviewQa: InterviewQa;
    interviewQuestion: InterviewQuestion;
    interviewAnswer: InterviewAnswer;
    interviewLead: InterviewLead;
  }
}

export function qaNode(n: number, children: InterviewQa['children']): InterviewQa {
  return { type: 'interviewQa', children, data: { hName: 'interview-qa', hProperties: { n } } };
}

export function questionNode(
  n: number,
  level: number,
  speaker: string | undefined,
  children: PhrasingContent[],
  time?: number,
): InterviewQuestion {
  const hProperties = {
    n,
    level,
    ...(speaker ? { speaker } : {}),
    // Seconds into the post's recording: the block's "play from here" control.
    ...(time === undefined ? {} : { time }),
  };
  return {
    type: 'interviewQuestion',
    children,
    data: { hName: 'interview-question', hProperties },
  };
}

export function answerNode(
  speaker: string | undefined,
  children: RootContent[],
  time?: number,
): InterviewAnswer {
  const hProperties = {
    ...(speaker ? { speaker } : {}),
    ...(time === undefined ? {} : { time }),
  };
  return { type: 'interviewAnswer', children, data: { hName: 'interview-answer', hProperties } };
}

export function leadNode(children: PhrasingContent[]): InterviewLead {
  return { type: 'interviewLead', children, data: { hName: 'interview-lead' } };
}
