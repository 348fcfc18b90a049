import { t } from '@/lib/i18n';

interface Props {
  indexUrl: string;
  postsPath: string;
}

/**
 * The search page's form, status line and result list. client/search-page.ts (loaded by this
 * page only) fetches the index and fills the list as the reader types.
 */
export function SearchApp({ indexUrl, postsPath }: Props) {
  return (
    <div className="search-app" data-index-url={indexUrl} data-posts-path={postsPath}>
      {/* Results follow the typing; there is nothing to submit, so no <form>. */}
      <div role="search" aria-label={t.search.app}>
        <label htmlFor="search-page-input" className="search-label">
          {t.search.appField}
        </label>
        <input
          id="search-page-input"
          type="search"
          aria-describedby="search-status"
          aria-controls="search-results"
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      <p id="search-status" className="search-status" role="status" />
      <ol id="search-results" className="search-results" />
      <button type="button" id="search-more" className="search-more" hidden />
    </div>
  );
}
