/**
 * `npm run build`: check the content, export the site into a temporary folder, finish the
 * pages (no framework runtime, a CSP each), and only then swap it into place. Invalid content
 * or a failing build leaves the previous out/ exactly as it was (static hosts keep serving the
 * last good site).
 *
 * The content check and `next build` run side by side (Next exports into .next/export, which
 * becomes <out>-building, never out/): when the check finds a problem, the build is stopped and only the check's report
 * is shown. Once the check has ended, the share cards are drawn beside `next build` by a
 * process of their own (scripts/draw-cards.ts), which a card that cannot be drawn stops too.
 *
 * Pages whose inputs have not changed since an earlier build are not rendered again: they are
 * copied from .next/cache/daedam-pages (./page-cache/plan.ts; PAGE_CACHE=off renders every page).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildClient } from '../scripts/build-client.mjs';
import { site } from '../lib/site';
import { eachLimited } from './each-limited';
import { finishExport } from './finish-export';
import { StalePagesError } from './page-cache/export';
import type { PagePlan } from './page-cache/plan';
import { copyPublishedSources } from './published-sources';
import { withYoungGeneration } from './young-generation';

const outDir = process.env.OUT_DIR || 'out';
const building = `${outDir}-building`;
// Where `next build` exports, the same for every site (next.config.js), inside .next/ which
// Next locks against a second build at a time; moved to `building` once Next has ended.
const nextExport = path.join('.next', 'export');
const previous = `${outDir}-previous`;
// What the content check writes beside the export, and the page plan it writes for Next.
const sources = `${building}-sources.json`;
const searchIndex = `${building}-search`;
const feeds = `${building}-feeds`;
const cards = `${building}-cards`;
const cardList = `${building}-cards.jsonl`;
const pictures = `${building}-pictures`;
const pictureList = `${building}-pictures.json`;
const redirects = `${building}-redirects`;
const pagePlan = path.resolve(`${building}-plan.json`);
const postsSnapshot = path.resolve(`${building}-posts.json`);

const scratch = [
  nextExport,
  building,
  sources,
  searchIndex,
  feeds,
  cards,
  cardList,
  pictures,
  pictureList,
  redirects,
  pagePlan,
  postsSnapshot,
];
function removeScratch() {
  for (const file of scratch) rmSync(file, { recursive: true, force: true });
}

const pageCache = (process.env.PAGE_CACHE ?? '').trim().toLowerCase();
if (!['', 'on', 'off'].includes(pageCache)) {
  console.error(`PAGE_CACHE must be on or off (got "${process.env.PAGE_CACHE}")`);
  process.exit(1);
}

const started = performance.now();
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
interface Step {
  exit: Promise<number>;
  output: () => string;
  stop: () => void;
}

/** A Node process of the build, in its own process group; `capture` keeps its output. */
function start(
  args: string[],
  { env = process.env, capture = false }: { env?: NodeJS.ProcessEnv; capture?: boolean } = {},
): Step {
  const child = spawn(process.execPath, args, {
    env,
    // Its own process group, so stopping it stops the workers it started too.
    detached: true,
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
  return {
    exit,
    output: () => output,
    stop: () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

/**
 * Moves every file under `from` to the same place under `to` (folders merged), then removes
 * `from`. Both are beside each other, so each move is a rename.
 */
async function moveInto(from: string, to: string, { replace = true } = {}) {
  if (!existsSync(from)) return;
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((e) =>
    e.isFile(),
  );
  for (const dir of new Set(files.map((e) => path.relative(from, e.parentPath)))) {
    await mkdir(path.join(to, dir), { recursive: true });
  }
  // Many renames in flight: one at a time, 10,000 cards and feeds at 1,000 posts took 4.6 s.
  await eachLimited(files, 64, async (e) => {
    const file = path.relative(from, path.join(e.parentPath, e.name));
    if (!replace && existsSync(path.join(to, file))) {
      throw new Error(
        `${file} is a page of this build, and an alias of a post would replace it: ` +
          `remove that path from the post's aliases`,
      );
    }
    await rename(path.join(from, file), path.join(to, file));
  });
  await rm(from, { recursive: true, force: true });
}

/**
 * Moves a pass's export into the export so far: a folder the export has not got moves whole
 * (one rename for a post's pages), the others are merged, and a file of both (the pages every
 * pass renders, the same each time) is replaced.
 */
async function mergeInto(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory() && existsSync(target)) await mergeInto(source, target);
    else await rename(source, target);
  }
  await rm(from, { recursive: true, force: true });
}

// The browser modules first: the pages link them by their hashed names.
await buildClient({ language: site.language });

removeScratch();
// tsx as a loader, not its CLI: one process instead of two.
const tsx = (...args: string[]) => start(['--import', 'tsx', ...args], { capture: true });
/**
 * A process that runs sharp's threads (pictures, cards): glibc gives each thread its own
 * malloc arena, and libvips' many short-lived buffers leave them fragmented. Two arenas (the
 * usual remedy on glibc): the encoder's peak fell from 571 to 387 MB for 5 % more CPU
 * (12 covers; bench/README.md).
 */
const sharpTsx = (...args: string[]) =>
  start(['--import', 'tsx', ...args], {
    capture: true,
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
  });
const check = tsx(
  'scripts/check-content.ts',
  '--sources',
  sources,
  '--search',
  searchIndex,
  '--feeds',
  feeds,
  '--cards',
  cardList,
  '--pictures',
  pictureList,
  '--redirects',
  redirects,
  '--previous',
  outDir,
  '--posts',
  postsSnapshot,
  ...(pageCache === 'off' ? [] : ['--plan', pagePlan]),
);
/** `next build` of one pass of the plan (./page-cache/passes.ts): the pages that pass renders. */
const nextBuild = (pass: number) =>
  start([path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_EXPORT_DIR: nextExport,
      // Smaller semi-spaces, passed on to the render workers (./young-generation.ts).
      NODE_OPTIONS: withYoungGeneration(process.env.NODE_OPTIONS),
      // The posts as the check read them (lib/posts/snapshot.ts): no Next process parses them.
      POSTS_SNAPSHOT: postsSnapshot,
      ...(pageCache === 'off' ? {} : { PAGE_PLAN: pagePlan, PAGE_PASS: String(pass) }),
    },
  });
let next = nextBuild(0);
// Started once the check has ended (below); stopAll may run before.
let draw: Step | undefined = undefined;
let encode: Step | undefined = undefined;
const stopAll = () => {
  check.stop();
  draw?.stop();
  encode?.stop();
  next.stop();
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

let ending = false;
/**
 * The first failure ends the build: the other processes are stopped (their exits are not
 * failures of their own), the scratch files removed, and only that failure reported.
 * `report` prints what failed and returns the exit code.
 */
async function end(report: () => number): Promise<never> {
  if (!ending) {
    ending = true;
    stopAll();
    await Promise.all([check.exit, next.exit, draw?.exit, encode?.exit]);
    removeScratch();
    process.exit(report());
  }
  return new Promise(() => {});
}

const nextFailed = async () => {
  const code = await next.exit;
  return end(() => {
    console.error(`\nnext build failed; ${outDir}/ is unchanged.`);
    return code;
  });
};
// A failed `next build` stops the others at once (the cards would take minutes more).
const watch = (step: Step) => void step.exit.then((code) => code === 0 || nextFailed());
watch(next);

async function succeeded(step: Step): Promise<void> {
  const code = await step.exit;
  if (ending) return new Promise<never>(() => {});
  if (code === 0) return void process.stdout.write(step.output());
  return end(() => {
    process.stderr.write(step.output());
    console.error(
      `\nThe build stopped before touching ${outDir}/: fix the content above and run it again.`,
    );
    return code;
  });
}

await succeeded(check);
const checkedIn = seconds(started);
// The cards are drawn in a process of their own, started once the check has ended: the memory
// the posts and the search index took is the system's again before the long part begins. It
// draws at a lower priority (scripts/draw-cards.ts): `next build` and then the finishing are
// the build's critical path, and the cards fill the time they leave a core idle.
draw = sharpTsx('scripts/draw-cards.ts', cardList, cards);
const drawing = draw;
let drawnIn = '';
// A card that cannot be drawn stops the build at once, as before (not after `next build`).
const drawn = drawing.exit.then(async () => {
  drawnIn = seconds(started);
  await succeeded(drawing);
});
// The pictures the check examined, encoded beside the cards (lib/pictures/encode.ts).
encode = sharpTsx(
  'scripts/encode-pictures.ts',
  pictureList,
  pictures,
  ...(site.icon ? [path.join(site.postsDir, site.icon)] : []),
);
const encoding = encode;
const encoded = encoding.exit.then(() => succeeded(encoding));

// The first pass starts with the check (it waits for the plan); the plan says how many follow.
mkdirSync(path.dirname(building), { recursive: true });
for (let pass = 0; ; pass += 1) {
  if ((await next.exit) !== 0) await nextFailed();
  if (pass === 0) renameSync(nextExport, building);
  else await mergeInto(nextExport, building);
  // Written before the first pass could render (its generateStaticParams waited for it).
  const passes =
    pageCache === 'off' ? 1 : (JSON.parse(await readFile(pagePlan, 'utf8')) as PagePlan).passes;
  if (pass + 1 >= passes) break;
  // Another step failed meanwhile: end() is stopping everything, start nothing more.
  if (ending) await new Promise<never>(() => {});
  console.log(`\nnext build: pass ${pass + 2} of ${passes} (./page-cache/passes.ts)`);
  next = nextBuild(pass + 1);
  watch(next);
}
const builtIn = seconds(started);
const finishing = performance.now();

const finished = await finishExport(building, {
  ...(pageCache === 'off' ? {} : { pagePlan }),
  // What the content check and the cards' process wrote is moved in while the pages are
  // finished on other threads.
  beside: async () => {
    await copyPublishedSources(building, sources);
    // The files beside the pages (pipeline/content-files.ts): the search index and the feeds of
    // categories, tags and people the content check wrote, and the share cards once drawn.
    await moveInto(searchIndex, path.join(building, 'search-index'));
    await moveInto(feeds, building);
    // Old paths (aliases) never replace a page: the check refused those it knew of.
    await moveInto(redirects, building, { replace: false });
    await drawn;
    await moveInto(cards, building);
    await encoded;
    await moveInto(pictures, building);
  },
}).catch((error: unknown) =>
  // The finishing failed: the cards are not needed (the build stops or starts again).
  end(() => {
    if (error instanceof StalePagesError && !process.env.DAEDAM_PAGES_EMPTIED) {
      // Cached pages that load files this build did not write: empty the page cache and build
      // again, rendering every page (once: an empty cache cannot be stale).
      console.error(`\n${error.message}; emptying the page cache and building again.`);
      rmSync(error.cacheDir, { recursive: true, force: true });
      const again = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? ''], {
        env: { ...process.env, DAEDAM_PAGES_EMPTIED: '1' },
        stdio: 'inherit',
      });
      return again.status ?? 1;
    }
    console.error(`\n${error instanceof Error ? error.message : error}\n${outDir}/ is unchanged.`);
    return 1;
  }),
);
rmSync(pagePlan, { force: true });
rmSync(postsSnapshot, { force: true });
rmSync(cardList, { force: true });
rmSync(pictureList, { force: true });
console.log(
  `static pages: framework runtime removed and a content security policy added to ` +
    `${finished.rendered} pages; ${finished.deleted} runtime files deleted ` +
    `(${finished.segmentFiles} of them Next's per-segment prefetch files); ` +
    `${finished.restored} unchanged pages copied from the page cache`,
);
const finishedIn = seconds(finishing);

// rm, not rmSync: the previous export's ~26,000 files at 1,000 posts go several at a time.
await rm(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
await rm(previous, { recursive: true, force: true });
console.log(
  `\n✓ exported to ${outDir}/ in ${seconds(started)} s (content check ${checkedIn} s and ` +
    `share cards until ${drawnIn} s beside next build ${builtIn} s, static pages ${finishedIn} s)`,
);
