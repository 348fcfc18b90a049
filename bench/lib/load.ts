/**
 * The `npm start` server under load: autocannon with 100 connections for 30 s over a mix of
 * pages, preview cards, the search index, the stylesheet and our script, against
 * `scripts/serve.mjs` running as its own process (as `npm start` runs it). Reported: requests a
 * second, latency p50/p99, errors, non-2xx answers, and the server's RSS before and after.
 * The second run does the same while `scripts/build.mjs` rebuilds the site into the folder
 * being served (the out/ swap happens underneath).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

export interface LoadRow {
  run: 'steady' | 'while rebuilding';
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  status5xx: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  rebuildSeconds?: number;
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

/** The paths a reader's browser asks for, read from the exported home and post pages. */
function paths(siteDir: string, postRoute: string): string[] {
  const html = readFileSync(path.join(siteDir, `${postRoute.slice(1)}.html`), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/(?:assets|_next)\/[^"]+)"/g)].map((m) => m[1]!);
  return [
    '/',
    postRoute,
    `${postRoute}/q/1`,
    `${postRoute}/q/3`,
    '/search',
    '/search-index.json',
    `${postRoute}/og.png`,
    `${postRoute}/q/2/og.png`,
    '/feed.xml',
    ...refs,
  ];
}

async function startServer(siteDir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(port), '--dir', siteDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk) => String(chunk).includes('serving') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

function hammer(origin: string, list: string[], seconds: number, connections: number) {
  return autocannon({
    url: origin,
    connections,
    duration: seconds,
    // Browsers ask for compressed responses.
    headers: { 'accept-encoding': 'br, gzip' },
    requests: list.map((p) => ({ method: 'GET' as const, path: p })),
  });
}

export async function loadTest(
  siteDir: string,
  postRoute: string,
  rebuildEnv: NodeJS.ProcessEnv,
  { seconds = 30, connections = 100, port = 3917 } = {},
): Promise<LoadRow[]> {
  const list = paths(siteDir, postRoute);
  const server = await startServer(siteDir, port);
  const origin = `http://127.0.0.1:${port}`;
  const rows: LoadRow[] = [];
  try {
    for (const run of ['steady', 'while rebuilding'] as const) {
      const rssBeforeMb = rssMb(server.pid!);
      let rebuild: Promise<number> | undefined;
      if (run === 'while rebuilding') {
        const started = performance.now();
        const child = spawn(process.execPath, ['scripts/build.mjs'], {
          env: rebuildEnv,
          stdio: 'ignore',
        });
        rebuild = new Promise((resolve) =>
          child.on('close', () => resolve((performance.now() - started) / 1000)),
        );
      }
      // While rebuilding, keep the load on until the new site is in place.
      let result = await hammer(origin, list, seconds, connections);
      const results = [result];
      if (rebuild) {
        let finished = false;
        void rebuild.then(() => (finished = true));
        while (!finished) {
          result = await hammer(origin, list, 10, connections);
          results.push(result);
        }
      }
      const sum = (key: 'errors' | 'timeouts' | 'non2xx') =>
        results.reduce((total, r) => total + r[key], 0);
      const requests = results.reduce((total, r) => total + r.requests.total, 0);
      const duration = results.reduce((total, r) => total + r.duration, 0);
      rows.push({
        run,
        connections,
        seconds: Math.round(duration),
        requestsPerSecond: Math.round(requests / duration),
        p50Ms: results[0]!.latency.p50,
        p99Ms: Math.max(...results.map((r) => r.latency.p99)),
        requests,
        errors: sum('errors'),
        timeouts: sum('timeouts'),
        non2xx: sum('non2xx'),
        status5xx: results.reduce((total, r) => total + r['5xx'], 0),
        rssBeforeMb,
        rssAfterMb: rssMb(server.pid!),
        rebuildSeconds: rebuild ? +(await rebuild).toFixed(1) : undefined,
      });
    }
  } finally {
    server.kill();
  }
  return rows;
}
