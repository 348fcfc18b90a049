/**
 * The reader's colour scheme choice: 'light' or 'dark' in localStorage, nothing for "follow the
 * system". THEME_SCRIPT runs inline in <head> before the first paint, so a chosen theme never
 * flashes the other one; the per-page CSP lists its hash like any other inline script.
 */
export const THEME_KEY = 'daedam-theme';
export type Theme = 'system' | 'light' | 'dark';

export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
