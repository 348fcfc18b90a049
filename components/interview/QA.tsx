import type { ReactNode } from 'react';

export interface QAProps {
  /** 1-based position in the interview; gives the stable ids `q-N` and `q-N-q`. */
  n: number | string;
  children?: ReactNode;
  /** Shown after the answers (the share controls on a post page). */
  footer?: ReactNode;
}

/** One question with its answers, linkable as `#q-N`. */
export function QA({ n, children, footer }: QAProps) {
  return (
    <section className="qa" id={`q-${n}`} aria-labelledby={`q-${n}-q`}>
      {children}
      {footer}
    </section>
  );
}
