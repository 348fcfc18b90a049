/**
 * A post's recording (components/recording/): each timed block's time plays the player on the
 * page from that moment (without JavaScript it is a link to the file at `#t=`), and while it
 * plays the question list marks the question being heard.
 */
export function enhanceRecording(): void {
  const media = document.querySelector<HTMLMediaElement>('.recording audio, .recording video');
  if (!media) return;

  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.qa-time');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const time = Number(link.dataset.time);
    if (!Number.isFinite(time)) return;
    event.preventDefault();
    media.currentTime = time;
    // Rejected when the browser refuses to play (no file, no codec): the control stays a seek.
    media.play().catch(() => {});
  });

  // The questions' times, in order: the one heard is the last that has begun.
  const questions = [...document.querySelectorAll<HTMLElement>('.question .qa-time')]
    .map((time) => ({ time: Number(time.dataset.time), id: time.closest('.qa')?.id }))
    .filter((q): q is { time: number; id: string } => Number.isFinite(q.time) && Boolean(q.id));
  if (questions.length === 0) return;
  let heard: string | undefined;
  const mark = () => {
    const now = media.currentTime;
    const current = media.paused ? undefined : questions.filter((q) => q.time <= now).at(-1)?.id;
    if (current === heard) return;
    heard = current;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#q-"]')) {
      if (link.getAttribute('href') === `#${current}`) link.dataset.heard = '';
      else delete link.dataset.heard;
    }
  };
  for (const type of ['timeupdate', 'play', 'pause', 'seeked', 'ended']) {
    media.addEventListener(type, mark);
  }
}
