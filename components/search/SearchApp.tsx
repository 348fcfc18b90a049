'use client';

import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { prepare, search } from '@/lib/search/engine';
import type { PreparedIndex } from '@/lib/search/engine';
import type { SearchIndex } from '@/lib/search/index-data';
import { Marked } from './Marked';

interface Props {
  indexUrl: string;
  postsPath: string;
}

type Load = { state: 'loading' } | { state: 'ready'; index: PreparedIndex } | { state: 'failed' };

function initialQuery(): string {
  return typeof window === 'undefined'
    ? ''
    : (new URLSearchParams(window.location.search).get('q') ?? '');
}

/**
 * The search page: loads /search-index.json once, searches as the reader types, keeps the
 * query in the URL (?q=…) so a search can be shared. Keyboard: ↓/↑ move through the results,
 * Enter opens one, Escape clears the query. Only this page loads this code and the index.
 */
export function SearchApp({ indexUrl, postsPath }: Props) {
  const [query, setQuery] = useState('');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const deferred = useDeferredValue(query);

  useEffect(() => {
    const fromUrl = initialQuery();
    // The URL is only readable in the browser (the page is exported without a query).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (fromUrl) setQuery(fromUrl);
    input.current?.focus();
    let cancelled = false;
    fetch(indexUrl)
      .then((response) =>
        response.ok ? (response.json() as Promise<SearchIndex>) : Promise.reject(),
      )
      .then((index) => !cancelled && setLoad({ state: 'ready', index: prepare(index) }))
      .catch(() => !cancelled && setLoad({ state: 'failed' }));
    return () => {
      cancelled = true;
    };
  }, [indexUrl]);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (deferred) url.searchParams.set('q', deferred);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  }, [deferred]);

  const results = useMemo(
    () => (load.state === 'ready' && deferred.trim() ? search(load.index, deferred) : []),
    [load, deferred],
  );

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
    }
  };

  const onResultKey = (event: KeyboardEvent<HTMLAnchorElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(all.length - 1, at + 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at <= 0) input.current?.focus();
      else all[at - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
      input.current?.focus();
    }
  };

  const status =
    load.state === 'failed'
      ? '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.'
      : load.state === 'loading'
        ? deferred
          ? '검색 색인을 불러오는 중입니다…'
          : ''
        : deferred.trim()
          ? results.length > 0
            ? `결과 ${results.length}${results.length === 50 ? '개 이상' : '개'}`
            : `‘${deferred.trim()}’에 맞는 질문이나 답이 없습니다`
          : '';

  return (
    <div className="search-app">
      {/* Results follow the typing; there is nothing to submit, so no <form>. */}
      <div role="search">
        <label htmlFor="search-page-input" className="search-label">
          질문, 답, 제목, 이름에서 찾기
        </label>
        <input
          id="search-page-input"
          ref={input}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onInputKey}
          aria-describedby="search-status"
          aria-controls="search-results"
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      <p id="search-status" className="search-status" role="status">
        {status}
      </p>
      <ol id="search-results" className="search-results" ref={list}>
        {results.map((result) => {
          const href = `${postsPath}/${result.slug}${result.n > 0 ? `#q-${result.n}` : ''}`;
          return (
            <li key={`${result.slug}-${result.n}`}>
              <a href={href} onKeyDown={onResultKey}>
                <span className="result-post">{result.postTitle}</span>
                {result.n > 0 ? (
                  <span className="result-question">
                    <span className="result-n">Q{result.n}</span> <Marked {...result.question} />
                  </span>
                ) : null}
                {result.speakers.text ? (
                  <span className="result-speakers">
                    <Marked {...result.speakers} />
                  </span>
                ) : null}
                {result.snippet.text ? (
                  <span className="result-snippet">
                    <Marked {...result.snippet} />
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
