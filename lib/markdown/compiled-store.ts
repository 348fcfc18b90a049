import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Compiled MDX shared by the render workers of one `npm run build`. A post is compiled for its
 * page and again for its question pages (app/posts/[slug]/q-all), usually in another worker or
 * after the worker's own cache (./render.ts) has let it go: ~10 ms each, 2,000 compiles at
 * 1,000 posts. scripts/build.mjs points MDX_STORE at a scratch folder it removes when the build
 * ends, so nothing outlives the build that wrote it (no stale code to invalidate). Unset (in
 * `next dev`, `next build` alone, tests), every compile is done where it is needed.
 */
export async function sharedCompile(
  input: unknown,
  compile: () => Promise<string>,
  dir = process.env.MDX_STORE,
): Promise<string> {
  if (!dir) return compile();
  const file = path.join(
    dir,
    `${createHash('sha256').update(JSON.stringify(input)).digest('hex')}.js`,
  );
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const source = await compile();
  await mkdir(dir, { recursive: true });
  // Written whole, then renamed: another worker may read this key at the same moment.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, source);
  await rename(partial, file);
  return source;
}
