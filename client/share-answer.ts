import { withMoment } from './recording';
import * as ui from '@ui-text';

/**
 * "링크 복사" and "공유" under every Q&A block. The buttons are in the HTML; the block's
 * `.qa-share` element carries what they need (`data-post-path`, `data-share-path`,
 * `data-title`, `data-n`). "공유" is shown only where the device has the Web Share API. The
 * result is announced through the block's polite status line.
 */

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

export function announce(controls: HTMLElement, message: string) {
  const status = controls.querySelector('[role="status"]');
  if (!status) return;
  status.textContent = message;
  clearTimeout(timers.get(status));
  timers.set(
    status,
    setTimeout(() => (status.textContent = ''), 4000),
  );
}

async function copy(controls: HTMLElement) {
  const { postPath, n } = controls.dataset;
  try {
    await navigator.clipboard.writeText(
      withMoment(`${location.origin}${postPath}#q-${n}`, controls.closest('.qa')),
    );
    announce(controls, ui.linkCopied);
  } catch {
    announce(controls, ui.linkCopyFailed);
  }
}

async function share(controls: HTMLElement) {
  const { sharePath, title } = controls.dataset;
  try {
    await navigator.share({
      title,
      url: withMoment(`${location.origin}${sharePath}`, controls.closest('.qa')),
    });
  } catch (error) {
    // The reader closed the share sheet: nothing to do. Anything else: copy instead.
    if ((error as DOMException).name !== 'AbortError') await copy(controls);
  }
}

export function enhanceShareButtons(): void {
  if (typeof navigator.share === 'function') {
    document
      .querySelectorAll<HTMLButtonElement>('.qa-share [data-action="share"]')
      .forEach((button) => (button.hidden = false));
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
      '.qa-share button[data-action]',
    );
    const controls = button?.closest<HTMLElement>('.qa-share');
    // "인용 공유" belongs to client/quote-share.ts.
    if (!button || !controls || button.dataset.action === 'quote') return;
    if (button.dataset.action === 'share') void share(controls);
    else void copy(controls);
  });
}
