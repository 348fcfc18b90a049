import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { median } from './measure';

/**
 * `npm run bench -- --compare <ref>`: this checkout's cold build against another commit's, on
 * the same generated posts, in alternating rounds. On a two-core machine whose speed drifts by
 * 10–20 % within an hour, one build of each says little; builds taken in turn, each round
 * starting with the other side, drift alike, and the ratio of each round is what a change did.
 */

export type Side = 'this' | 'ref';

export interface CompareRun {
  round: number;
  side: Side;
  seconds: number;
  /** CPU seconds of the whole process tree (user + system). */
  cpuSeconds: number;
  /** The same by the script each process runs (which process a change made cheaper). */
  cpuByProcessS?: Record<string, number>;
  peakRssMb: number;
}

/** The order of the builds: round 1 this checkout first, round 2 the other first, and so on. */
export function alternatingOrder(rounds: number): Array<{ round: number; side: Side }> {
  const order: Array<{ round: number; side: Side }> = [];
  for (let round = 1; round <= rounds; round++) {
    const sides: Side[] = round % 2 ? ['this', 'ref'] : ['ref', 'this'];
    for (const side of sides) order.push({ round, side });
  }
  return order;
}

export interface CompareSummary {
  /** Medians of each side over the rounds. */
  this: { seconds: number; cpuSeconds: number; peakRssMb: number };
  ref: { seconds: number; cpuSeconds: number; peakRssMb: number };
  /** this ÷ ref, round by round (below 1: this checkout is faster), and their median. */
  ratios: number[];
  medianRatio: number;
  cpuRatios: number[];
  medianCpuRatio: number;
}

const round3 = (n: number) => +n.toFixed(3);

export function summarise(runs: CompareRun[]): CompareSummary {
  const of = (side: Side) => runs.filter((run) => run.side === side);
  const medians = (side: Side) => ({
    seconds: median(of(side).map((run) => run.seconds)),
    cpuSeconds: median(of(side).map((run) => run.cpuSeconds)),
    peakRssMb: median(of(side).map((run) => run.peakRssMb)),
  });
  const rounds = [...new Set(runs.map((run) => run.round))].filter(
    (round) =>
      runs.some((r) => r.round === round && r.side === 'this') &&
      runs.some((r) => r.round === round && r.side === 'ref'),
  );
  const ratioOf = (round: number, key: 'seconds' | 'cpuSeconds') => {
    const get = (side: Side) => runs.find((r) => r.round === round && r.side === side)![key];
    return round3(get('this') / get('ref'));
  };
  const ratios = rounds.map((round) => ratioOf(round, 'seconds'));
  const cpuRatios = rounds.map((round) => ratioOf(round, 'cpuSeconds'));
  return {
    this: medians('this'),
    ref: medians('ref'),
    ratios,
    medianRatio: round3(median(ratios)),
    cpuRatios,
    medianCpuRatio: round3(median(cpuRatios)),
  };
}

/**
 * A checkout of `ref` under `work`, with this checkout's node_modules hard-linked in when the
 * lockfiles are the same (no download, no space) and installed with `npm ci` otherwise.
 * Returns its folder and the commit it is at.
 */
export function checkoutOf(
  root: string,
  ref: string,
  work: string,
): { dir: string; commit: string } {
  const git = (args: string[], cwd = root) =>
    execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  const dir = path.join(work, `compare-${commit.slice(0, 12)}`);
  if (!existsSync(path.join(dir, 'package.json'))) {
    rmSync(dir, { recursive: true, force: true });
    git(['clone', '--quiet', '--no-checkout', root, dir]);
    git(['checkout', '--quiet', '--detach', commit], dir);
  }
  if (!existsSync(path.join(dir, 'node_modules'))) {
    const lock = (folder: string) => readFileSync(path.join(folder, 'package-lock.json'), 'utf8');
    if (lock(dir) === lock(root)) {
      execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
    } else {
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    }
  }
  return { dir, commit };
}
