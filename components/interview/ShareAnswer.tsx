'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

export interface ShareAnswerProps {
  n: number;
  /** Site path (base path included) of the post; the copied link is `<origin><path>#q-N`. */
  postPath: string;
  /** Site path of the question's share page, whose preview shows this question. */
  sharePath: string;
  /** The question, as the shared title. */
  title: string;
}

type Status = '' | 'copied' | 'failed';

const noSubscription = () => () => {};
const hasWebShare = () => typeof navigator.share === 'function';

const MESSAGES: Record<Status, string> = {
  '': '',
  copied: '링크를 복사했습니다',
  failed: '복사하지 못했습니다. 주소창의 링크를 복사해 주세요',
};

/**
 * "Copy link" for one answer, and "Share" where the device has the Web Share API (phones:
 * KakaoTalk, messages…). The status line is a polite live region, so screen readers announce
 * the result. Without JavaScript the buttons are absent and the question keeps its #q-N id.
 */
export function ShareAnswer({ n, postPath, sharePath, title }: ShareAnswerProps) {
  const [status, setStatus] = useState<Status>('');
  // False in the exported HTML, the device's answer after hydration.
  const canShare = useSyncExternalStore(noSubscription, hasWebShare, () => false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const announce = (next: Status) => {
    setStatus(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 4000);
  };

  const copy = async () => {
    const url = `${window.location.origin}${postPath}#q-${n}`;
    try {
      await navigator.clipboard.writeText(url);
      announce('copied');
    } catch {
      announce('failed');
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url: `${window.location.origin}${sharePath}` });
    } catch (error) {
      // The reader closed the share sheet: nothing to do. Anything else: copy instead.
      if ((error as DOMException).name !== 'AbortError') await copy();
    }
  };

  return (
    <div className="qa-share">
      <button type="button" onClick={copy}>
        링크 복사<span className="sr-only"> (질문 {n})</span>
      </button>
      {canShare ? (
        <button type="button" onClick={share}>
          공유<span className="sr-only"> (질문 {n})</span>
        </button>
      ) : null}
      <span role="status" className="qa-share-status">
        {MESSAGES[status]}
      </span>
    </div>
  );
}
