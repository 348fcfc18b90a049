import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { Answer } from '@/components/interview/Answer';
import { Lead } from '@/components/interview/Lead';
import { QA } from '@/components/interview/QA';
import { Question } from '@/components/interview/Question';
import { Figure, Picture } from '@/components/markdown/Picture';
import { SafeImage } from '@/components/markdown/SafeImage';
import { SafeLink } from '@/components/markdown/SafeLink';

/**
 * What each element of a compiled post renders as. The `interview-*` names are the elements
 * remark-interview creates; `Question` and `Answer` are for `.mdx` posts written by hand
 * (remark-interview normally turns those into the same `interview-*` nodes first).
 */
export const mdxComponents = {
  a: SafeLink,
  img: SafeImage,
  'daedam-picture': Picture,
  'daedam-figure': Figure,
  'interview-qa': QA,
  'interview-question': Question,
  'interview-answer': Answer,
  'interview-lead': Lead,
  'interview-extra': ({ children }: { children?: ReactNode }) => children,
  QA,
  Question,
  Answer,
} as unknown as MDXComponents; // custom element names are outside MDXComponents' JSX key set
