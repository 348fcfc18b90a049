/**
 * A large build renders its pages in passes: `npm run build` runs `next build` once per pass,
 * each rendering the page groups of its pass (./plan.ts), and merges the exports. Next copies
 * every page it prerendered into its export with one Promise.all over all of them
 * (next/dist/export/index.js, "copy prerendered routes to outDir"), ~29 KB in flight a page:
 * at 10,000 posts (86,000 pages) that one step held 3.1 GB, 1.47× the whole build's peak at
 * 1,000 posts. A pass of at most PAGES_PER_PASS pages bounds it whatever the archive's size.
 * The pages and the site are the same whichever pass renders them (tests/site/page-cache.test.ts).
 */

/**
 * 1,000 posts with question pages are ~8,800 pages: one pass, as before passes existed. Next's
 * two render workers grow with the pages they render (at 10,000 posts: 1,150 MB for the pair
 * rendering ~100 pages, 1,750 at 7,400, 2,130 at 15,000), and they are the peak of a large
 * build: a pass about as long as a 1,000-post archive's one keeps a larger archive's workers
 * the size of that archive's. Each further pass costs Next's start and page-data collection
 * again (passes of 10,000 pages took a 10,000-post cold build 11 % longer than 20,000 in
 * run C; bench/README.md has what 10,000 did to the peak).
 */
export const DEFAULT_PAGES_PER_PASS = 10_000;

/** PAGES_PER_PASS from the environment (a positive integer), or the default. */
export function pagesPerPass(value = process.env.PAGES_PER_PASS): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PAGES_PER_PASS;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) {
    throw new Error(`PAGES_PER_PASS must be a whole number of pages above 0 (got "${value}")`);
  }
  return pages;
}

/**
 * The pass of each group: the groups left to render, in order, cut into passes of at most
 * `perPass` pages and about even (a group is never split, its pages are made from the same
 * post; one larger than `perPass` is a pass of its own). Cached groups are in no pass (0).
 */
export function assignPasses(
  groups: Array<{ cached: boolean; pages: number }>,
  perPass: number,
): { passes: number; passOfGroup: number[] } {
  const total = groups.reduce((sum, g) => sum + (g.cached ? 0 : g.pages), 0);
  // Even passes: a pass also ends once it holds its share of the pages.
  const share = total / Math.max(1, Math.ceil(total / perPass));
  let pass = 0;
  let inPass = 0;
  const passOfGroup = groups.map((g) => {
    if (g.cached) return 0;
    if (inPass > 0 && (inPass + g.pages > perPass || inPass >= share)) {
      pass += 1;
      inPass = 0;
    }
    inPass += g.pages;
    return pass;
  });
  return { passes: pass + 1, passOfGroup };
}

/** The pass a `next build` renders (PAGE_PASS, set by pipeline/build.ts), checked against the plan. */
export function passOf(value: string | undefined, passes: number): number {
  const pass = Number(value ?? '0');
  if (!Number.isInteger(pass) || pass < 0 || pass >= passes) {
    throw new Error(
      `PAGE_PASS must be a pass of the page plan, 0 to ${passes - 1} (got "${value}")`,
    );
  }
  return pass;
}
