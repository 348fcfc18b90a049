import type { Highlighted } from '@/lib/search/engine';

/** Text with <mark> around the matched ranges (React escapes the text itself). */
export function Marked({ text, marks }: Highlighted) {
  const parts = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
