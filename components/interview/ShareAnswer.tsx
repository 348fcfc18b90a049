import { t } from '@/lib/i18n';

export interface ShareAnswerProps {
  n: number;
  /** Site path (base path included) of the post; the copied link is `<origin><path>#q-N`. */
  postPath: string;
  /** Site path of the question's share page, whose preview shows this question. */
  sharePath: string;
  /** The question, as the shared title. */
  title: string;
  /** Where a quote comes from: "Barron's 인터뷰", or the title when no interviewer is named. */
  quoteSource?: string;
}

/**
 * "Copy link" for one answer, and "Share" (hidden until client/share-answer.ts finds the Web
 * Share API: phones, KakaoTalk, messages…). The status line is a polite live region, so
 * screen readers announce the result. Everything the script needs is in data attributes.
 */
export function ShareAnswer({ n, postPath, sharePath, title, quoteSource }: ShareAnswerProps) {
  return (
    <div
      className="qa-share"
      data-n={n}
      data-post-path={postPath}
      data-share-path={sharePath}
      data-title={title}
      data-quote-source={quoteSource}
    >
      <button type="button" data-action="copy">
        {t.share.copy}
        <span className="sr-only">{t.share.aboutQuestion(n)}</span>
      </button>
      <button type="button" data-action="share" hidden>
        {t.share.share}
        <span className="sr-only">{t.share.aboutQuestion(n)}</span>
      </button>
      {/* Shown by client/quote-share.ts while words of this answer are selected. */}
      <button type="button" data-action="quote">
        {t.share.quote}
        <span className="sr-only">{t.share.aboutSelection(n)}</span>
      </button>
      <span role="status" className="qa-share-status" />
    </div>
  );
}
