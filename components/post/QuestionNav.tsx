import type { QuestionSummary } from '@/lib/interview/remark-interview';
import { langAttribute, SITE_LANGUAGE } from '@/lib/posts/language';
import { t } from '@/lib/i18n';

/**
 * The list of questions, linking to each #q-N. A plain <details> list without JavaScript;
 * client/question-nav.ts opens it beside the text on wide screens and marks the question
 * being read.
 */
export function QuestionNav({
  questions,
  lang = SITE_LANGUAGE,
}: {
  questions: QuestionSummary[];
  /** The post's language: the questions are its text, the summary is the site's. */
  lang?: string;
}) {
  if (questions.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-title" id="toc">
      <details className="toc-details">
        <summary id="toc-title">{t.count.questions(questions.length)}</summary>
        <ol lang={langAttribute(lang)}>
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
