/**
 * Preloaded into `next build` and its render workers by scripts/build.mjs (NODE_OPTIONS
 * --import: Node does not take V8's heap flags there). A render worker holds ~300 MB of live
 * data at 5,000 posts, but V8 let its heap grow to ~2.5 times that between full collections,
 * so each worker sat at ~1.1 GB (bench/README.md, "Where the memory is"). Growing the heap by
 * at most this much after a collection keeps a worker nearer its live size, for more
 * collections: at 50 % the peak fell by a third and the build took 43 % longer, so the
 * middle, 100 % (twice the live size).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--heap-growing-percent=100');
