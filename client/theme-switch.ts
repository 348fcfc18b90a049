import { THEME_KEY, nextTheme, themeButtonLabel } from '../lib/theme';
import type { Theme } from '../lib/theme';
import * as ui from '@ui-text';

/**
 * The header's theme button cycles system → light → dark. The inline head script already
 * applied the stored choice before the first paint, and CSS shows the label of the current
 * theme (so nothing moves when this runs); this only keeps the button's name and the stored
 * choice in step.
 */
function currentTheme(): Theme {
  const value = document.documentElement.dataset.theme;
  return value === 'light' || value === 'dark' ? value : 'system';
}

function describe(button: HTMLElement, theme: Theme) {
  button.setAttribute('aria-label', themeButtonLabel(theme, ui.theme));
}

function apply(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

export function enhanceThemeSwitch(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  describe(button, currentTheme());
  button.addEventListener('click', () => {
    const next = nextTheme(currentTheme());
    apply(next);
    describe(button, next);
  });
}
