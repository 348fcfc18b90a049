import type { ClientText } from './i18n/ko/client';

/**
 * The reader's colour scheme choice: 'light' or 'dark' in localStorage, nothing for "follow the
 * system". THEME_SCRIPT runs inline in <head> before the first paint, so a chosen theme never
 * flashes the other one; the per-page CSP lists its hash like any other inline script.
 * Shared by the server (the button's markup) and the browser (client/theme-switch.ts).
 */
export const THEME_KEY = 'daedam-theme';
export type Theme = 'system' | 'light' | 'dark';

export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const THEME_ICONS: Record<Theme, string> = { system: '◑', light: '○', dark: '◐' };

/** The button cycles system → light → dark → system. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

/**
 * The theme button's accessible name: the theme in force and what a press switches to, in the
 * interface's words (the server's catalogue, or the one bundled into client/).
 */
export function themeButtonLabel(theme: Theme, text: ClientText['theme']): string {
  return text.button(text[theme], text[nextTheme(theme)]);
}

// It also marks <html class="js">, so controls that need JavaScript (the theme button, the
// share buttons) are shown only where it runs, from the first paint on.
export const THEME_SCRIPT = `document.documentElement.classList.add("js");try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
