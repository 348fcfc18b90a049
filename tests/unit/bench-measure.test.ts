import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measure } from '../../bench/lib/measure';

describe('the bench measures a build from outside', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'daedam-measure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('CPU seconds by the script each process runs, a child process included', async () => {
    // A parent that starts a child, each busy for a while: both show up, by their scripts.
    // Busy for that much CPU time (not wall time: the machine may be shared meanwhile).
    const busy = (ms: number) =>
      `while (process.cpuUsage().user + process.cpuUsage().system < ${ms * 1000});`;
    writeFileSync(path.join(dir, 'child-busy.mjs'), busy(1600));
    writeFileSync(
      path.join(dir, 'parent-busy.mjs'),
      `import { spawnSync } from 'node:child_process';
       ${busy(1400)}
       spawnSync(process.execPath, [${JSON.stringify(path.join(dir, 'child-busy.mjs'))}]);`,
    );
    const run = await measure(process.execPath, [path.join(dir, 'parent-busy.mjs')], process.env);
    expect(run.code).toBe(0);
    const label = (script: string) => path.join(dir, script).split('/').slice(-3).join('/');
    const parent = run.cpuByProcessS[label('parent-busy.mjs')];
    const child = run.cpuByProcessS[label('child-busy.mjs')];
    // Each as last sampled: up to 100 ms (and the startup before the loop) short of the end.
    expect(parent).toBeGreaterThanOrEqual(1.2);
    expect(child).toBeGreaterThanOrEqual(1.4);
    // Never more CPU than the run had time for on its cores.
    expect(parent! + child!).toBeLessThanOrEqual((run.ms / 1000) * 2 + 0.2);
    expect(run.peakRssMb).toBeGreaterThan(10);
  }, 30_000);
});
