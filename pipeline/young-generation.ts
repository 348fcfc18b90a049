/**
 * The size of V8's young generation for `next build` and the render workers it starts.
 *
 * At 10,000 posts the build's peak is Next's two render workers, and four fifths of a worker's
 * RSS is heap V8 has not given back, not objects the site keeps (a heap snapshot at 1,002 MB
 * held 211 MB live; bench/README.md). Next removes `--max-old-space-size` from its render
 * workers' options (`isolatedMemory` in next/dist/build/index.js), but passes the rest of
 * NODE_OPTIONS on to them, `--max-semi-space-size` included. The same first pass of 17,272
 * pages at 10,000 posts ended with the workers at 1,881 MB by default (16 MB semi-spaces),
 * 1,503 MB with 8 and 1,495 with 4, in the same time with 8 and ~30 % slower with 4.
 *
 * Relies on Next passing NODE_OPTIONS on to its workers: tests/site/young-generation.test.ts
 * records every process of a build and fails if a render worker runs without it.
 */

export const SEMI_SPACE_MB = 8;

// V8 reads its flags with dashes or underscores.
const semiSpaceFlag = /--max[-_]semi[-_]space[-_]size\b/;

/**
 * NODE_OPTIONS for Next's processes: the caller's, with 8 MB semi-spaces added unless the
 * caller chose a size (theirs is kept: NODE_OPTIONS=--max-semi-space-size=16 restores V8's
 * default).
 */
export function withYoungGeneration(nodeOptions = ''): string {
  if (semiSpaceFlag.test(nodeOptions)) return nodeOptions;
  return `${nodeOptions} --max-semi-space-size=${SEMI_SPACE_MB}`.trim();
}
