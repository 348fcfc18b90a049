import type { QuestionSummary } from '@/lib/interview/remark-interview';

/**
 * The list of questions, linking to each #q-N. A plain <details> list without JavaScript;
 * client/question-nav.ts opens it beside the text on wide screens and marks the question
 * being read.
 */
export function QuestionNav({ questions }: { questions: QuestionSummary[] }) {
  if (questions.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-title" id="toc">
      <details className="toc-details">
        <summary id="toc-title">질문 {questions.length}개</summary>
        <ol>
          {questions.map((q) => (
            <li key={q.n}>
              <a href={`#q-${q.n}`}>{q.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
