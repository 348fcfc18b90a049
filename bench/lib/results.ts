import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a run's results to bench/results/<prefix><date>.json (also as <prefix>latest.json
 * when asked) and returns the path relative to the project.
 */
export function saveResults<T extends { date: string }>(
  prefix: string,
  results: T,
  latest = false,
): string {
  const dir = path.join(process.cwd(), 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${prefix}${results.date.slice(0, 19).replace(/:/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  if (latest) cpSync(file, path.join(dir, `${prefix}latest.json`));
  return path.relative(process.cwd(), file);
}
