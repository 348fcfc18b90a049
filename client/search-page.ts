/**
 * The search page (/search): searches as the reader types, keeps the query in the URL (?q=…) so
 * a search can be shared. The index is sharded (lib/search/shards.ts): a query fetches the
 * shards of its words and the text of the results on screen, 20 at a time ("결과 더 보기"),
 * never the whole index. Keyboard: ↓/↑ move through the results, Enter opens one, Escape clears
 * the query. Only the search page loads this module. The form, status line, result list and
 * button are in the page's HTML.
 */
import type { Highlighted, SearchResult } from '../lib/search/engine';
import type { SearchMeta } from '../lib/search/shards';
import { QuerySession, ShardedIndex } from '../lib/search/sharded';
import * as ui from '@ui-text';

const PAGE = 20;
/** Shown as soon as their text is here (one round of a browser's six connections); the rest
 * of the screen follows. */
const FIRST = 6;
/** Quiet time before fetching shards for a query still being typed (none when they are here). */
const SETTLE_MS = 50;

type Load = { state: 'loading' } | { state: 'ready'; index: ShardedIndex } | { state: 'failed' };

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

function statusText(load: Load, query: string, session: QuerySession | undefined): string {
  const trimmed = query.trim();
  if (load.state === 'failed') return ui.searchFailed;
  if (!trimmed) return '';
  if (load.state === 'loading' || !session) return ui.searchLoading;
  if (session.total === 0) return ui.searchNothing(trimmed);
  return ui.searchCount(session.total);
}

function start() {
  const app = document.querySelector<HTMLElement>('.search-app');
  const input = document.getElementById('search-page-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results') as HTMLOListElement | null;
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  if (!app || !input || !status || !list || !more) return;
  const { indexUrl = '', postsPath = '' } = app.dataset;

  let load: Load = { state: 'loading' };
  let session: QuerySession | undefined;
  let shown: SearchResult[] = [];
  /** Only the latest query may render: an older one finishing late is ignored. */
  let latest = 0;
  let timer = 0;

  const fail = () => {
    load = { state: 'failed' };
    session = undefined;
    status.textContent = statusText(load, input.value, session);
  };
  // A shard or a result that did not arrive: this query fails, the next one tries again.
  const queryFailed = () => {
    status.textContent = statusText({ state: 'failed' }, input.value, undefined);
  };

  /** Renders `shown`; from > 0 keeps the first `from` items (and focus within them). */
  const render = (from = 0, focus = false) => {
    const items = shown.slice(from).map((result) => resultItem(result, postsPath));
    if (from > 0) list.append(...items);
    else list.replaceChildren(...items);
    more.hidden = !session || shown.length >= session.total;
    more.textContent = session ? ui.searchMore(shown.length, session.total) : '';
    status.textContent = statusText(load, input.value, session);
    if (focus) list.querySelectorAll('a')[from]?.focus();
  };

  const run = async () => {
    timer = 0;
    const query = input.value;
    const mine = ++latest;
    if (load.state !== 'ready' || !query.trim()) {
      session = undefined;
      shown = [];
      render();
      return;
    }
    try {
      const next = await new QuerySession(load.index, query).start();
      for (const count of [FIRST, PAGE]) {
        const results = await next.first(count);
        if (mine !== latest) return;
        const from = session === next ? shown.length : 0;
        session = next;
        shown = results;
        render(from);
        // The rest of the first screen is on its way: nothing to ask for yet.
        if (count < PAGE) more.hidden = true;
      }
    } catch {
      if (mine === latest) queryFailed();
    }
  };

  const schedule = () => {
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    clearTimeout(timer);
    const ready = load.state === 'ready' && load.index.has(input.value);
    timer = window.setTimeout(run, ready ? 0 : SETTLE_MS);
  };

  more.addEventListener('click', async () => {
    if (!session) return;
    const mine = latest;
    const from = shown.length;
    try {
      const results = await session.first(from + PAGE);
      if (mine !== latest) return;
      shown = results;
      render(from, true);
    } catch {
      if (mine === latest) queryFailed();
    }
  });

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
  if (input.value) status.textContent = statusText(load, input.value, session);
  const fetchJson = (file: string) =>
    fetch(`${indexUrl}/${file}`).then((response) =>
      response.ok ? (response.json() as Promise<unknown>) : Promise.reject(new Error(file)),
    );
  fetchJson('meta.json')
    .then((meta) => {
      load = { state: 'ready', index: new ShardedIndex(meta as SearchMeta, fetchJson) };
      schedule();
    })
    .catch(fail);
}

start();
