import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { alternatingOrder, checkoutOf, summarise } from '../../bench/lib/compare';
import type { CompareRun } from '../../bench/lib/compare';

describe('the bench compares this checkout with another commit', () => {
  test('builds alternate, each round starting with the side the last one ended with', () => {
    expect(alternatingOrder(3)).toEqual([
      { round: 1, side: 'this' },
      { round: 1, side: 'ref' },
      { round: 2, side: 'ref' },
      { round: 2, side: 'this' },
      { round: 3, side: 'this' },
      { round: 3, side: 'ref' },
    ]);
  });

  test('the ratio is taken round by round, then the median', () => {
    // The machine slows down in round 2 for both sides: the ratios do not move with it.
    const runs: CompareRun[] = [
      { round: 1, side: 'this', seconds: 90, cpuSeconds: 180, peakRssMb: 1000 },
      { round: 1, side: 'ref', seconds: 100, cpuSeconds: 200, peakRssMb: 1200 },
      { round: 2, side: 'ref', seconds: 150, cpuSeconds: 300, peakRssMb: 1300 },
      { round: 2, side: 'this', seconds: 120, cpuSeconds: 270, peakRssMb: 1100 },
      { round: 3, side: 'this', seconds: 95, cpuSeconds: 190, peakRssMb: 1050 },
      { round: 3, side: 'ref', seconds: 100, cpuSeconds: 200, peakRssMb: 1250 },
    ];
    const summary = summarise(runs);
    expect(summary.ratios).toEqual([0.9, 0.8, 0.95]);
    expect(summary.medianRatio).toBe(0.9);
    expect(summary.cpuRatios).toEqual([0.9, 0.9, 0.95]);
    expect(summary.this).toEqual({ seconds: 95, cpuSeconds: 190, peakRssMb: 1050 });
    expect(summary.ref).toEqual({ seconds: 100, cpuSeconds: 200, peakRssMb: 1250 });
  });

  test('a round with one side missing gives no ratio', () => {
    const summary = summarise([
      { round: 1, side: 'this', seconds: 90, cpuSeconds: 180, peakRssMb: 1000 },
      { round: 1, side: 'ref', seconds: 100, cpuSeconds: 200, peakRssMb: 1200 },
      { round: 2, side: 'ref', seconds: 150, cpuSeconds: 300, peakRssMb: 1300 },
    ]);
    expect(summary.ratios).toEqual([0.9]);
  });

  describe('the other side is a checkout of that commit', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'daedam-compare-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const root = process.cwd();
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

    test('at the commit asked for, with this checkout’s packages linked in', () => {
      const { dir, commit } = checkoutOf(root, 'HEAD', work);
      expect(commit).toBe(head);
      expect(
        execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim(),
      ).toBe(head);
      // Same lockfile: the packages are hard links to this checkout's, not a second install.
      const ours = statSync(path.join(root, 'node_modules', 'next', 'package.json'));
      const theirs = statSync(path.join(dir, 'node_modules', 'next', 'package.json'));
      expect(theirs.ino).toBe(ours.ino);
      // Asked again, the same checkout is used.
      expect(checkoutOf(root, head, work).dir).toBe(dir);
    }, 120_000);

    test('a name that is not a commit is refused', () => {
      expect(() => checkoutOf(root, 'no-such-commit-anywhere', work)).toThrow();
    });
  });
});
