import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SEMI_SPACE_MB } from '@/pipeline/young-generation';
import { SITES } from '../helpers/site';

/**
 * Canary for pipeline/young-generation.ts: the build sets V8's semi-space size in NODE_OPTIONS
 * and relies on Next passing it on to the workers that render the pages (it strips the heap
 * cap from their options). The `main` site is built with every Node process recorded
 * (tests/setup/record-process.mjs); if a Next upgrade stops passing NODE_OPTIONS on, or renders
 * in processes `next build` did not start, this fails.
 */
interface Recorded {
  pid: number;
  ppid: number;
  argv: string[];
  nodeOptions: string;
}

const dir = path.resolve(`${SITES.main.outDir}.processes`);
const processes: Recorded[] = readdirSync(dir).map(
  (file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Recorded,
);
const isNextBuild = (p: Recorded) =>
  p.argv.some((arg) => /next[\\/]dist[\\/]bin[\\/]next$/.test(arg)) && p.argv.includes('build');

/** The processes started, directly or not, by `process`. */
function descendants(of: Recorded): Recorded[] {
  const found: Recorded[] = [];
  const parents = new Set([of.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of processes) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

const flag = `--max-semi-space-size=${SEMI_SPACE_MB}`;

test('next build and every process it starts run with the smaller young generation', () => {
  const builds = processes.filter(isNextBuild);
  expect(builds.length).toBeGreaterThan(0);
  for (const build of builds) {
    expect(build.nodeOptions.split(/\s+/)).toContain(flag);
    const started = descendants(build);
    // Next's render workers: its jest-worker children, which render every page of the site.
    const workers = started.filter((p) => p.argv.some((arg) => /processChild\.js$/.test(arg)));
    expect(workers.length).toBeGreaterThan(0);
    for (const p of started)
      expect({ argv: p.argv, options: p.nodeOptions.split(/\s+/) }).toEqual({
        argv: p.argv,
        options: expect.arrayContaining([flag]),
      });
  }
});

test('the processes outside next build keep the options they were given', () => {
  // The content check, the cards and the pictures: sharp's processes are not Next's workers.
  const check = processes.find((p) => p.argv.some((arg) => arg.endsWith('check-content.ts')));
  expect(check).toBeDefined();
  expect(check!.nodeOptions).not.toContain('--max-semi-space-size');
});
