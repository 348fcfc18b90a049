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
    hProperties: { n: number; level: number; speaker?: string };
  };
}

export interface InterviewAnswer extends Parent {
  type: 'interviewAnswer';
  children: RootContent[];
  data: Data & { hName: 'interview-answer'; hProperties: { speaker?: string } };
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
): InterviewQuestion {
  const hProperties = speaker ? { n, level, speaker } : { n, level };
  return {
    type: 'interviewQuestion',
    children,
    data: { hName: 'interview-question', hProperties },
  };
}

export function answerNode(speaker: string | undefined, children: RootContent[]): InterviewAnswer {
  return {
    type: 'interviewAnswer',
    children,
    data: { hName: 'interview-answer', hProperties: speaker ? { speaker } : {} },
  };
}

export function leadNode(children: PhrasingContent[]): InterviewLead {
  return { type: 'interviewLead', children, data: { hName: 'interview-lead' } };
}
