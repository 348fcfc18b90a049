'use client';

import { useEffect } from 'react';

const WIDE = '(min-width: 80rem)';

/**
 * Enhances the server-rendered question list (#toc): open beside the text on wide screens,
 * and `aria-current` on the link of the question at the top of the viewport while scrolling.
 */
export function ActiveQuestion() {
  useEffect(() => {
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

    // The current question is the last one whose top has passed the upper third of the screen.
    const update = () => {
      const line = window.innerHeight / 3;
      let current = sections[0];
      for (const section of sections)
        if (section.getBoundingClientRect().top <= line) current = section;
      links.forEach((link, id) => {
        if (id === current?.id) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      });
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
    sections.forEach((section) => observer.observe(section));
    window.addEventListener('scroll', update, { passive: true });
    update();

    return () => {
      wide.removeEventListener('change', syncOpen);
      observer.disconnect();
      window.removeEventListener('scroll', update);
    };
  }, []);
  return null;
}
