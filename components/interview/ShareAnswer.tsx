export interface ShareAnswerProps {
  n: number;
  /** Site path (base path included) of the post; the copied link is `<origin><path>#q-N`. */
  postPath: string;
  /** Site path of the question's share page, whose preview shows this question. */
  sharePath: string;
  /** The question, as the shared title. */
  title: string;
}

/**
 * "Copy link" for one answer, and "Share" (hidden until client/share-answer.ts finds the Web
 * Share API: phones, KakaoTalk, messages…). The status line is a polite live region, so
 * screen readers announce the result. Everything the script needs is in data attributes.
 */
export function ShareAnswer({ n, postPath, sharePath, title }: ShareAnswerProps) {
  return (
    <div
      className="qa-share"
      data-n={n}
      data-post-path={postPath}
      data-share-path={sharePath}
      data-title={title}
    >
      <button type="button" data-action="copy">
        링크 복사<span className="sr-only"> (질문 {n})</span>
      </button>
      <button type="button" data-action="share" hidden>
        공유<span className="sr-only"> (질문 {n})</span>
      </button>
      <span role="status" className="qa-share-status" />
    </div>
  );
}
