import type { ReactNode } from 'react';
import { Speaker } from './Speaker';

export interface AnswerProps {
  speaker?: string;
  children?: ReactNode;
}

export function Answer({ speaker, children }: AnswerProps) {
  return (
    <div className="answer">
      {speaker ? <Speaker name={speaker} /> : null}
      {children}
    </div>
  );
}
