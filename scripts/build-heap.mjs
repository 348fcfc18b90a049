/**
 * Preloaded into `next build` and the processes it starts by scripts/build.mjs (NODE_OPTIONS
 * --import: Node does not take V8's heap flags there); it acts in the render workers only.
 * A render worker holds ~300 MB of live data at 5,000 posts, but V8 let its heap grow to ~2.5
 * times that between full collections, so each worker sat at ~1.1 GB (bench/README.md). Growing
 * a worker's heap by at most 100 % after a collection keeps it nearer its live size, for more
 * collections (at 50 % the peak fell by a third and pages took 43 % longer to render). Next's
 * main process and the TypeScript check keep V8's default: capped too, a build with nothing to
 * render took ~40 % longer, and their peaks are not the build's.
 */
import { setFlagsFromString } from 'node:v8';

if (process.argv[1]?.endsWith('processChild.js')) {
  setFlagsFromString('--heap-growing-percent=100');
}
