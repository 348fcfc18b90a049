/**
 * Search at archive size, in Chromium: for each query, a fresh browser context (empty cache)
 * opens /search, waits until the page has read the index's meta.json, then types the query in
 * one go and measures from that input event to the first result in the list, and every byte of
 * /search-index/ the query made the browser download (gzip level 6, what hosts typically send,
 * computed from the files the browser asked for).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createStaticServer } from '../../scripts/serve.mjs';
import { median } from './measure';

export interface SearchRow {
  query: string;
  words: number;
  results: string;
  requests: number;
  gzipKb: number;
  firstResultsMs: number;
}

/** Two-word Korean queries over the generator's vocabulary (bench/korean-text.ts). */
export const SEARCH_QUERIES = [
  '연구 결과',
  '경제 정책',
  '기후 변화',
  '교육 제도',
  '데이터 분석',
  '시장 가격',
  '지역 주민',
  '안전 기준',
];

/**
 * Types the query in one go and resolves with the ms until the list (or the "no results" status)
 * changes. A string, not a function: the bench runs under tsx, whose helpers would be missing in
 * the page.
 */
const FIRST_RESULTS = `new Promise((resolve, reject) => {
  const input = document.getElementById('search-page-input');
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (list.children.length > 0 || /없습니다/.test(status.textContent || '')) {
      observer.disconnect();
      resolve(performance.now() - started);
    }
  });
  observer.observe(list, { childList: true });
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  setTimeout(() => reject(new Error('no results in 10 s')), 10000);
  input.value = QUERY;
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

export async function searchAtScale(chrome: string, outDir: string, queries = SEARCH_QUERIES) {
  const server = createStaticServer({ root: outDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const rows: SearchRow[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const files: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/search-index/')) files.push(pathname);
      });
      await page.goto(`${origin}/search`, { waitUntil: 'networkidle' });
      const ms = (await page.evaluate(
        FIRST_RESULTS.replace('QUERY', JSON.stringify(query)),
      )) as number;
      await page.waitForLoadState('networkidle');
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const gzip = files.reduce(
        (sum, file) =>
          sum + gzipSync(readFileSync(path.join(outDir, decodeURIComponent(file)))).length,
        0,
      );
      rows.push({
        query,
        words: query.split(' ').length,
        results: status,
        requests: files.length,
        gzipKb: +(gzip / 1024).toFixed(1),
        firstResultsMs: Math.round(ms),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return {
    rows,
    medianGzipKb: median(rows.map((r) => r.gzipKb)),
    maxGzipKb: Math.max(...rows.map((r) => r.gzipKb)),
    medianFirstResultsMs: median(rows.map((r) => r.firstResultsMs)),
    maxFirstResultsMs: Math.max(...rows.map((r) => r.firstResultsMs)),
  };
}
