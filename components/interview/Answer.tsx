import type { ReactNode } from 'react';
import { Speaker } from './Speaker';

export interface AnswerProps {
  speaker?: string;
  /** The speaker's person page. */
  speakerHref?: string;
  children?: ReactNode;
}

export function Answer({ speaker, speakerHref, children }: AnswerProps) {
  return (
    <div className="answer">
      {speaker ? <Speaker name={speaker} href={speakerHref} /> : null}
      {children}
    </div>
  );
}
