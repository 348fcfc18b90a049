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
  return new Worker(code, { eval: true, workerData });
}
