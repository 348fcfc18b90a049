import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread that runs the TypeScript module `file` (an absolute path) through tsx's API:
 * a thread does not inherit the loader of the process that starts it. The build's threads (the
 * finishing step's page parsers, the share cards' painters) all start this way.
 */
export function tsThread(file: string, workerData: unknown): Worker {
  const parentURL = pathToFileURL(`${process.cwd()}/`).href;
  const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(
    file,
  )}, { parentURL: ${JSON.stringify(parentURL)} }))`;
  // The environment as the caller sees it now (the content folder, the site's address): a
  // thread otherwise gets the process's own, which a test may have changed for itself.
  return new Worker(code, { eval: true, workerData, env: { ...process.env } });
}
