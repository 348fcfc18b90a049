import { arrivedDirective, directiveStart } from './text-fragment';

const WIDE = '(min-width: 80rem)';

const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

/**
 * The question a quote link (`#q-3:~:text=…`) points into: the one named by the URL when its
 * text holds the quote's start, else the first that does. The browser scrolls the quote to the
 * middle of the screen, so the reading line alone could name the question before it.
 */
function arrivedQuestion(sections: HTMLElement[]): HTMLElement | undefined {
  const directive = arrivedDirective();
  const start = directive ? directiveStart(directive) : null;
  if (!start) return undefined;
  const holds = (section: HTMLElement) => flat(section.textContent).includes(flat(start));
  const named = sections.find((section) => `#${section.id}` === location.hash);
  return named && holds(named) ? named : sections.find(holds);
}

/**
 * The question list (#toc) is a plain <details> list of links in the HTML. This opens it beside
 * the text on wide screens and marks the link of the question being read with
 * `aria-current="location"`: the last question whose top has passed the upper third of the
 * screen.
 */
export function enhanceQuestionNav(): void {
  const nav = document.getElementById('toc');
  const details = nav?.querySelector('details');
  if (!nav || !details) return;

  const wide = window.matchMedia(WIDE);
  const syncOpen = () => {
    if (wide.matches) details.open = true;
  };
  syncOpen();
  wide.addEventListener('change', syncOpen);

  const links = new Map<string, HTMLAnchorElement>();
  nav
    .querySelectorAll<HTMLAnchorElement>('a[href^="#q-"]')
    .forEach((a) => links.set(a.hash.slice(1), a));
  const sections = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((section): section is HTMLElement => section !== null);

  // Until the reader scrolls by themselves, a quote's question stays marked.
  let pinned = arrivedQuestion(sections);
  const unpin = () => (pinned = undefined);
  for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown'])
    window.addEventListener(type, unpin, { once: true, passive: true });

  let scheduled = false;
  const update = () => {
    scheduled = false;
    const line = window.innerHeight / 3;
    let current = pinned ?? sections[0];
    if (!pinned)
      for (const section of sections)
        if (section.getBoundingClientRect().top <= line) current = section;
    links.forEach((link, id) => {
      if (id === current?.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
  };
  // One measurement per frame, however many scroll events arrive.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('hashchange', schedule);
  schedule();
}
