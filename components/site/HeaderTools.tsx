import { THEMES, THEME_ICONS, THEME_LABELS, themeButtonLabel } from '@/lib/theme';

/**
 * The header's search box (a plain GET form to the search page, so it works without
 * JavaScript) and the light/dark/system theme button. CSS shows the label of the theme in
 * force (set on <html> before the first paint); client/theme-switch.ts makes the button work
 * and client/search-shortcut.ts adds the `/` shortcut.
 */
export function HeaderTools({ searchAction }: { searchAction: string }) {
  return (
    <div className="header-tools">
      <form action={searchAction} role="search" aria-label="사이트 검색" className="site-search">
        <label htmlFor="site-search" className="sr-only">
          대담 검색
        </label>
        <input
          id="site-search"
          type="search"
          name="q"
          placeholder="검색"
          enterKeyHint="search"
          autoComplete="off"
          aria-keyshortcuts="/"
        />
        <button type="submit" className="search-submit" aria-label="검색하기">
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
      <button type="button" className="theme-toggle" aria-label={themeButtonLabel('system')}>
        {THEMES.map((theme) => (
          <span key={theme} className="theme-state" data-theme-state={theme} aria-hidden="true">
            <span>{THEME_ICONS[theme]}</span>
            <span className="theme-label">{THEME_LABELS[theme]}</span>
          </span>
        ))}
      </button>
    </div>
  );
}
