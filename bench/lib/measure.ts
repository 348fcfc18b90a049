import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Every descendant of `pid` (from /proc), the process itself included. */
function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${all[i]}/task`)) {
        const children = readFileSync(`/proc/${all[i]}/task/${task}/children`, 'utf8').trim();
        if (children) all.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return all;
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

// Linux's clock ticks a second for /proc/<pid>/stat times (sysconf(_SC_CLK_TCK) on every
// architecture Node runs on here).
const CLOCK_TICKS = 100;

/** CPU seconds (user + system) a process has used so far; 0 once it has ended. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces): utime, stime are 12th, 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** A process by the script it runs: `next/dist/bin/next`, `scripts/check-content.ts` … */
function labelOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const script = args.slice(1).find((arg) => /\.(m?js|ts)$|\/bin\//.test(arg)) ?? args[0] ?? '?';
    return script.split('/').slice(-3).join('/') || '';
  } catch {
    return '?';
  }
}

export interface Run {
  ms: number;
  peakRssMb: number;
  /** The largest RSS any one process of each kind reached (where the memory is). */
  peakByProcessMb: Record<string, number>;
  /** What the tree was made of when it peaked (RSS summed by kind) and when, from the start. */
  atPeak: { seconds: number; mb: Record<string, number> };
  /**
   * CPU seconds (user + system) by kind of process, each process as last sampled (its last
   * 100 ms are missed): where a CPU-bound build's time goes.
   */
  cpuByProcessS: Record<string, number>;
  code: number;
  output: string;
}

/** KB by kind of process → MB, the small ones (shells, npm) left out. */
function megabytes(kb: Map<string, number>): Record<string, number> {
  return Object.fromEntries(
    [...kb].filter(([, n]) => n > 50 * 1024).map(([label, n]) => [label, Math.round(n / 1024)]),
  );
}

/** Runs a command; wall time and the peak RSS of its whole process tree (sampled every 100 ms). */
export function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    let atPeak: Run['atPeak'] = { seconds: 0, mb: {} };
    const byProcess = new Map<string, number>();
    const labels = new Map<number, string>();
    const cpu = new Map<number, number>();
    const timer = setInterval(() => {
      let total = 0;
      const now = new Map<string, number>();
      for (const pid of tree(child.pid!)) {
        const kb = rssKb(pid);
        total += kb;
        // Read at every sample, the latest real one kept: a process seen between fork and exec
        // still shows its parent's command line (a busy machine widens that window: a child's
        // CPU was once credited to its parent), and one that has exited shows none.
        const seen = labelOf(pid);
        const label = seen && seen !== '?' ? seen : (labels.get(pid) ?? '?');
        labels.set(pid, label);
        byProcess.set(label, Math.max(byProcess.get(label) ?? 0, kb));
        now.set(label, (now.get(label) ?? 0) + kb);
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuSeconds(pid)));
      }
      if (total > peak) {
        peak = total;
        atPeak = { seconds: Math.round((performance.now() - started) / 1000), mb: megabytes(now) };
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuByProcess = new Map<string, number>();
      for (const [pid, seconds] of cpu) {
        const label = labels.get(pid) ?? '?';
        cpuByProcess.set(label, (cpuByProcess.get(label) ?? 0) + seconds);
      }
      resolve({
        ms: performance.now() - started,
        peakRssMb: Math.round(peak / 1024),
        peakByProcessMb: megabytes(byProcess),
        atPeak,
        cpuByProcessS: Object.fromEntries(
          [...cpuByProcess]
            .filter(([, seconds]) => seconds >= 1)
            .sort((a, b) => b[1] - a[1])
            .map(([label, seconds]) => [label, +seconds.toFixed(1)]),
        ),
        code: code ?? 1,
        output,
      });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
