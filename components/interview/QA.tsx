import type { ReactNode } from 'react';

export interface QAProps {
  /** 1-based position in the interview; gives the stable ids `q-N` and `q-N-q`. */
  n: number | string;
  children?: ReactNode;
}

/** One question with its answers, linkable as `#q-N`. */
export function QA({ n, children }: QAProps) {
  return (
    <section className="qa" id={`q-${n}`} aria-labelledby={`q-${n}-q`}>
      {children}
    </section>
  );
}
