import { THEMES, THEME_ICONS, themeButtonLabel } from '@/lib/theme';
import { t } from '@/lib/i18n';
import { site } from '@/lib/site';

/**
 * The header's search box (a plain GET form to the search page, so it works without
 * JavaScript) and the light/dark/system theme button. CSS shows the label of the theme in
 * force (set on <html> before the first paint); client/theme-switch.ts makes the button work
 * and client/search-shortcut.ts adds the `/` shortcut.
 */
export function HeaderTools({ searchAction }: { searchAction: string }) {
  return (
    <div className="header-tools">
      <form
        action={searchAction}
        role="search"
        aria-label={t.search.region}
        className="site-search"
      >
        <label htmlFor="site-search" className="sr-only">
          {t.search.field(site.name)}
        </label>
        <input
          id="site-search"
          type="search"
          name="q"
          placeholder={t.search.placeholder}
          enterKeyHint="search"
          autoComplete="off"
          aria-keyshortcuts="/"
        />
        <button type="submit" className="search-submit" aria-label={t.search.submit}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path
              d="M11 11l3.5 3.5"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          </svg>
        </button>
      </form>
      <button
        type="button"
        className="theme-toggle"
        aria-label={themeButtonLabel('system', t.client.theme)}
      >
        {THEMES.map((theme) => (
          <span key={theme} className="theme-state" data-theme-state={theme} aria-hidden="true">
            <span>{THEME_ICONS[theme]}</span>
            <span className="theme-label">{t.client.theme[theme]}</span>
          </span>
        ))}
      </button>
    </div>
  );
}
