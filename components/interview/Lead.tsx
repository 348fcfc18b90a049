import type { ReactNode } from 'react';

/** The standfirst: the bold paragraph that introduces an interview. */
export function Lead({ children }: { children?: ReactNode }) {
  return <p className="lead">{children}</p>;
}
