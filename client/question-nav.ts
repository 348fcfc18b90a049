const WIDE = '(min-width: 80rem)';

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

  let scheduled = false;
  const update = () => {
    scheduled = false;
    const line = window.innerHeight / 3;
    let current = sections[0];
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
