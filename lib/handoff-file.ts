import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Files the build's content check hands to Next's processes (the page plan, the posts
 * snapshot). The check writes them seconds after `next build` starts beside it; Next asks for
 * them once it has compiled, and must never read one half-written.
 */

/** Writes `text` to `file` whole or not at all: written aside, then renamed. */
export function writeWhole(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/**
 * The text of `file` once it exists. Fails naming the file and the variable that named it when
 * nothing comes within `ms`.
 */
export async function waitForFile(
  file: string,
  variable: string,
  ms = 30 * 60_000,
): Promise<string> {
  const until = Date.now() + ms;
  while (!existsSync(file)) {
    if (Date.now() > until)
      throw new Error(`the content check wrote nothing to ${file} (${variable})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return readFileSync(file, 'utf8');
}
