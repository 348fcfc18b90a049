/** `/` focuses the search box (the search page's own, else the header's), as on many sites. */
export function enableSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as Element | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const input =
      document.getElementById('search-page-input') ?? document.getElementById('site-search');
    if (!input) return;
    event.preventDefault();
    input.focus();
  });
}
