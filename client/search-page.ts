/**
 * The search page (/search): loads the index once, searches as the reader types, keeps the
 * query in the URL (?q=…) so a search can be shared. Keyboard: ↓/↑ move through the results,
 * Enter opens one, Escape clears the query. Only the search page loads this module and the
 * index. The form, status line and result list are in the page's HTML.
 */
import { prepare, search } from '../lib/search/engine';
import type { Highlighted, PreparedIndex, SearchResult } from '../lib/search/engine';
import type { SearchIndex } from '../lib/search/index-data';

const LIMIT = 50;

type Load = { state: 'loading' } | { state: 'ready'; index: PreparedIndex } | { state: 'failed' };

/** Text with <mark> around the matched ranges; text nodes, so nothing in it is markup. */
function marked(parent: HTMLElement, { text, marks }: Highlighted) {
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parent.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    at = end;
  }
  parent.append(text.slice(at));
}

function span(className: string, ...children: Array<Node | string>): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.append(...children);
  return element;
}

function resultItem(result: SearchResult, postsPath: string): HTMLLIElement {
  const link = document.createElement('a');
  link.href = `${postsPath}/${result.slug}${result.n > 0 ? `#q-${result.n}` : ''}`;
  link.append(span('result-post', result.postTitle));
  if (result.n > 0) {
    const question = span('result-question', span('result-n', `Q${result.n}`), ' ');
    marked(question, result.question);
    link.append(question);
  }
  for (const [className, part] of [
    ['result-speakers', result.speakers],
    ['result-snippet', result.snippet],
  ] as const) {
    if (!part.text) continue;
    const element = span(className);
    marked(element, part);
    link.append(element);
  }
  const item = document.createElement('li');
  item.append(link);
  return item;
}

function statusText(load: Load, query: string, count: number): string {
  const trimmed = query.trim();
  if (load.state === 'failed')
    return '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.';
  if (load.state === 'loading') return trimmed ? '검색 색인을 불러오는 중입니다…' : '';
  if (!trimmed) return '';
  if (count === 0) return `‘${trimmed}’에 맞는 질문이나 답이 없습니다`;
  return `결과 ${count}${count === LIMIT ? '개 이상' : '개'}`;
}

function start() {
  const app = document.querySelector<HTMLElement>('.search-app');
  const input = document.getElementById('search-page-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results') as HTMLOListElement | null;
  if (!app || !input || !status || !list) return;
  const { indexUrl = '', postsPath = '' } = app.dataset;

  let load: Load = { state: 'loading' };
  let frame = 0;

  const render = () => {
    frame = 0;
    const query = input.value;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);

    const results = load.state === 'ready' && query.trim() ? search(load.index, query, LIMIT) : [];
    list.replaceChildren(...results.map((result) => resultItem(result, postsPath)));
    status.textContent = statusText(load, query, results.length);
  };
  // Typing fast re-renders once per frame, not once per key.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(render);
  };

  const links = () => [...list.querySelectorAll('a')];
  const clear = () => {
    input.value = '';
    schedule();
    input.focus();
  };

  input.addEventListener('input', schedule);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      clear();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(all.length - 1, at + 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      clear();
    }
  });

  input.value = new URLSearchParams(location.search).get('q') ?? input.value;
  input.focus();
  schedule();
  fetch(indexUrl)
    .then((response) =>
      response.ok ? (response.json() as Promise<SearchIndex>) : Promise.reject(),
    )
    .then((index) => {
      load = { state: 'ready', index: prepare(index) };
    })
    .catch(() => {
      load = { state: 'failed' };
    })
    .finally(schedule);
}

start();
