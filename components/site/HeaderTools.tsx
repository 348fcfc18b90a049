'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { THEME_KEY } from '@/lib/theme';
import type { Theme } from '@/lib/theme';

const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Theme, string> = { system: '시스템 설정', light: '밝게', dark: '어둡게' };

// The theme lives on <html data-theme>; this tiny store lets React follow it.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const currentTheme = (): Theme => {
  const value = document.documentElement.dataset.theme;
  return value === 'light' || value === 'dark' ? value : 'system';
};

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  listeners.forEach((listener) => listener());
}

/**
 * The header's search box (a plain GET form to the search page, so it works without
 * JavaScript), the `/` shortcut that focuses it, and the light/dark/system theme switch.
 */
export function HeaderTools({ searchAction }: { searchAction: string }) {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'system' as Theme);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // The search page's own box first, else the header's.
      const input =
        document.getElementById('search-page-input') ?? document.getElementById('site-search');
      if (!input) return;
      event.preventDefault();
      input.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="header-tools">
      <form action={searchAction} role="search" className="site-search">
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
      <button
        type="button"
        className="theme-toggle"
        onClick={() => applyTheme(NEXT[theme])}
        aria-label={`화면 테마: ${LABEL[theme]} (눌러서 ${LABEL[NEXT[theme]]}로 바꾸기)`}
      >
        <span aria-hidden="true">{theme === 'dark' ? '◐' : theme === 'light' ? '○' : '◑'}</span>
        <span className="theme-label" aria-hidden="true">
          {LABEL[theme]}
        </span>
      </button>
    </div>
  );
}
