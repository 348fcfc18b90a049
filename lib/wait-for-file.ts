import { existsSync, readFileSync } from 'node:fs';

/**
 * The text of `file` once it exists. The build's content check writes what Next's processes
 * read (the page plan, the posts snapshot) seconds after `next build` starts beside it, each
 * whole or not at all (a rename); Next asks for them once it has compiled. Fails naming the
 * file and the variable that named it when nothing comes within `ms`.
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
