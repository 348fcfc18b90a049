// @ts-check
/**
 * Imported into every Node process of one test build (NODE_OPTIONS=--import, which Node passes
 * on to the processes a process starts): writes down how each was started, so that
 * tests/site/young-generation.test.ts can check which options reached Next's render workers.
 * One file per process, written at start: a worker ended by a signal has written it too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.DAEDAM_RECORD_PROCESSES;
if (dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `${process.pid}.json`),
    JSON.stringify({
      pid: process.pid,
      ppid: process.ppid,
      argv: process.argv,
      nodeOptions: process.env.NODE_OPTIONS ?? '',
    }),
  );
}
