import { embedAt } from '../lib/recordings/platforms';
import { formatTime } from '../lib/recordings/time';
import * as ui from '@ui-text';

/**
 * A post's recording (components/recording/): each timed block's time plays it from that moment
 * (without JavaScript it is a link to the file at `#t=`, or to the platform's page); while the
 * browser's own player plays, the question list marks the question being heard; a link shared
 * at a moment (`?t=754#q-3`, see momentIn) offers the arriving reader to play from there.
 */
interface Player {
  play(seconds: number): void;
  /** Where the recording stands, once the reader has played or moved it; unknown for a platform's player. */
  position(): number | undefined;
  verb: string;
}

let player: Player | undefined;

/** The page's own <audio>/<video>. */
function mediaPlayer(media: HTMLMediaElement): Player {
  return {
    play(seconds) {
      media.currentTime = seconds;
      // Rejected when the browser refuses to play (no file, no codec): the control stays a seek.
      media.play().catch(() => {});
    },
    position: () =>
      media.played.length > 0 || media.currentTime > 0 ? media.currentTime : undefined,
    verb: media instanceof HTMLVideoElement ? ui.watch : ui.listen,
  };
}

/**
 * A platform's video behind its poster (components/recording/VideoFacade.tsx): the first press
 * puts the platform's player in the poster's place; a time loads it at that second.
 */
function embedPlayer(box: HTMLElement, embed: string): Player {
  return {
    play(seconds) {
      let frame = box.querySelector('iframe');
      if (!frame) {
        frame = document.createElement('iframe');
        frame.title = ui.videoFrame(box.dataset.platform ?? '');
        frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
        frame.allowFullscreen = true;
        // The platforms refuse to play for a page that does not say where it is.
        frame.referrerPolicy = 'strict-origin-when-cross-origin';
        box.replaceChildren(frame);
      }
      frame.src = embedAt(embed, seconds);
    },
    position: () => undefined,
    verb: ui.watch,
  };
}

/** The moment a link carries: `?t=` in whole seconds. */
function sharedMoment(): number | undefined {
  const t = new URLSearchParams(location.search).get('t');
  return t && /^\d{1,6}$/.test(t) ? Number(t) : undefined;
}

/**
 * Where the recording stands inside a Q&A block, in whole seconds, for a link to that block
 * (client/share-answer.ts, client/quote-share.ts): when the reader has been listening there.
 * A block is heard from its first time to the next timed block's.
 */
export function momentIn(qa: Element): number | undefined {
  const now = player?.position();
  if (now === undefined) return undefined;
  const starts = [...document.querySelectorAll<HTMLElement>('.qa')]
    .map((block) => ({
      block,
      start: Number(block.querySelector<HTMLElement>('.qa-time')?.dataset.time ?? NaN),
    }))
    .filter((b) => Number.isFinite(b.start) && b.start <= now);
  return starts.at(-1)?.block === qa ? Math.floor(now) : undefined;
}

/** `https://…/posts/x#q-3` with the moment, when there is one: `…/posts/x?t=754#q-3`. */
export function withMoment(url: string, qa: Element | null): string {
  const t = qa ? momentIn(qa) : undefined;
  if (t === undefined) return url;
  const at = url.indexOf('#');
  const [base, hash] = at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  return `${base}${base.includes('?') ? '&' : '?'}t=${t}${hash}`;
}

/**
 * A control that plays the shared moment, in reach wherever the link landed the reader: they
 * press it, nothing autoplays. It goes once anything plays.
 */
function offerMoment(box: Element, seconds: number, media: HTMLMediaElement | null | undefined) {
  const line = document.createElement('p');
  line.className = 'moment';
  line.lang = document.documentElement.lang;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'qa-time';
  button.textContent = ui.sharedMoment(formatTime(seconds), player!.verb);
  button.addEventListener('click', () => {
    player?.play(seconds);
    line.remove();
  });
  line.append(button);
  box.after(line);
  media?.addEventListener('play', () => line.remove(), { once: true });
  box.querySelector('.embed-play')?.addEventListener('click', () => line.remove());
}

export function enhanceRecording(): void {
  const moment = sharedMoment();
  const box = document.querySelector<HTMLElement>('.recording');
  const media = box?.querySelector<HTMLMediaElement>('audio, video');
  const embed = box?.dataset.embed;
  if (!box || (!media && !embed)) {
    // A page without the player (a question's own page): the link to the interview keeps the moment.
    if (moment === undefined) return;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="#q-"]')) {
      const url = new URL(link.href);
      if (url.origin !== location.origin || url.searchParams.has('t')) continue;
      url.searchParams.set('t', String(moment));
      link.href = url.href;
    }
    return;
  }
  player = media ? mediaPlayer(media) : embedPlayer(box, embed!);

  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(
      'a.qa-time, a.embed-play',
    );
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const time = link.classList.contains('embed-play') ? (moment ?? 0) : Number(link.dataset.time);
    if (!Number.isFinite(time)) return;
    event.preventDefault();
    player?.play(time);
  });

  if (moment !== undefined) {
    // The native player starts from there too, if the reader presses its own play.
    if (media) media.currentTime = moment;
    offerMoment(box, moment, media);
  }
  if (media) followPlayback(media);
}

/** The questions' times, in order: the one heard is the last that has begun. */
function followPlayback(media: HTMLMediaElement) {
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
