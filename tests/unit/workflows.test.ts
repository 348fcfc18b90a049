import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';

/**
 * Issue 32: every change is tested on pull requests, and the Pages workflow stops an export
 * GitHub Pages would refuse. The workflows are read as GitHub reads them (YAML); the size
 * guard's own script is run on a small and an oversized export.
 */
interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: Record<string, unknown[]> } }>;
}

const read = (file: string) =>
  yaml.load(readFileSync(path.join(process.cwd(), '.github/workflows', file), 'utf8')) as Workflow;

describe('the test workflow', () => {
  const workflow = read('test.yml');
  const job = workflow.jobs.test!;

  test('runs on every push and every pull request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    // No branch filter: a pull request from any branch or fork is tested.
    expect(workflow.on.pull_request ?? null).toBeNull();
  });

  test('on Node 20 and 22, with the npm cache', () => {
    expect(job.strategy?.matrix?.node).toEqual([20, 22]);
    const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))!;
    expect(setup.with).toMatchObject({ 'node-version': '${{ matrix.node }}', cache: 'npm' });
  });

  test('installs a Hangul font from apt, points the browser tests at a Chromium, and runs the README’s test command', () => {
    const runs = job.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toMatch(/apt-get install[^\n]*fonts-nanum/);
    expect(runs).toContain('CHROME_PATH=');
    expect(runs).toContain('bash .ci/run');
    // .ci/run ends in the command the README gives for the tests.
    const ci = readFileSync(path.join(process.cwd(), '.ci/run'), 'utf8').trim().split('\n');
    expect(ci.at(-1)).toBe('npm test');
    expect(readFileSync(path.join(process.cwd(), 'README.md'), 'utf8')).toMatch(/^npm test +# /m);
  });
});

describe('the Pages workflow', () => {
  const steps = read('pages.yml').jobs.build!.steps;
  const guard = steps.find((step) => step.name === 'The export fits GitHub Pages (1 GB)')!;

  test('checks the export’s size after the build and before the upload', () => {
    const at = (find: (step: Step) => boolean) => steps.findIndex(find);
    const build = at((step) => step.run === 'npm run build');
    const upload = at((step) => step.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    expect(build).toBeGreaterThanOrEqual(0);
    expect(at((step) => step === guard)).toBeGreaterThan(build);
    expect(at((step) => step === guard)).toBeLessThan(upload);
  });

  const runGuard = (bytes: number) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daedam-pages-'));
    mkdirSync(path.join(dir, 'out'));
    const file = path.join(dir, 'out', 'index.html');
    writeFileSync(file, '');
    // A sparse file: its size counts as the export's without taking the disk.
    truncateSync(file, bytes);
    return spawnSync('bash', ['-e', '-c', guard.run!], { cwd: dir, encoding: 'utf8' });
  };

  test('lets an export under 1 GB through', () => {
    const result = runGuard(200_000_000);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('out/ is 200 MB in 1 files');
  });

  test('stops one over 1 GB with a clear message and the way out', () => {
    const result = runGuard(1_300_000_000);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error title=Too large for GitHub Pages::out/ is 1300 MB');
    expect(result.stdout).toContain('QUESTION_PAGES=off');
  });
});
