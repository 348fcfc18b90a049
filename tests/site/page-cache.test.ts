import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { INCREMENTAL } from '../setup/build-once.mjs';

/**
 * pipeline/page-cache/plan.ts: after one edit of each kind (tests/setup/edit-posts.mjs), a build that
 * copies the unchanged pages from the cache writes the same site as a build that renders
 * every page (PAGE_CACHE=off).
 */
const incremental = path.join(process.cwd(), INCREMENTAL.incremental.outDir);
const full = path.join(process.cwd(), INCREMENTAL.incrementalFull.outDir);
const { edits, log, firstLog } = JSON.parse(readFileSync(INCREMENTAL.incremental.log, 'utf8')) as {
  edits: Record<string, string>;
  log: string;
  firstLog: string;
};

/** Every file with its SHA-256, except Next's empty build-id folder (a new name each build). */
function files(root: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result.set(
      path.relative(root, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    );
  }
  return result;
}

const slugOf = (file: string) => path.basename(file, '.md');

test('the edited build copied unchanged pages from the cache and rendered the rest', () => {
  const match = /added to (\d+) pages;.*; (\d+) unchanged pages copied from the page cache/.exec(
    log,
  );
  expect(match).not.toBeNull();
  const [rendered, copied] = [Number(match![1]), Number(match![2])];
  const pages = [...files(full).keys()].filter((file) => file.endsWith('.html'));
  expect(rendered + copied).toBe(pages.length);
  // At least the pages of one post the edits did not touch (its page and question pages).
  const postPages = (slug: string) =>
    pages.filter((file) => file === `posts/${slug}.html` || file.startsWith(`posts/${slug}/`));
  const fewest = Math.min(
    ...pages
      .filter((file) => /^posts\/[^/]+\.html$/.test(file))
      .map((file) => postPages(path.basename(file, '.html')).length),
  );
  expect(fewest).toBeGreaterThan(1);
  expect(copied).toBeGreaterThanOrEqual(fewest);
  expect(rendered).toBeGreaterThan(0);
});

test('an archive larger than PAGES_PER_PASS is rendered by several next builds, each its share', () => {
  // pipeline/page-cache/passes.ts: 40 pages a pass (tests/setup/build-once.mjs).
  const announced = [...firstLog.matchAll(/next build: pass (\d+) of (\d+)/g)];
  const passes = Number(announced.at(-1)?.[2]);
  expect(passes).toBeGreaterThanOrEqual(3);
  expect(announced.map((m) => Number(m[1]))).toEqual(
    Array.from({ length: passes - 1 }, (_, i) => i + 2),
  );
  // Next's own count of the pages each pass rendered: no pass renders the whole archive.
  const rendered = [
    ...firstLog.matchAll(/Generating static pages using \d+ workers \(0\/(\d+)\)/g),
  ];
  expect(rendered).toHaveLength(passes);
  const posts = (firstLog.match(/✓ (\d+) posts are valid/) ?? [])[1];
  expect(Number(posts)).toBeGreaterThan(0);
  const finished = Number(/added to (\d+) pages;/.exec(firstLog)?.[1]);
  for (const [, count] of rendered) expect(Number(count)).toBeLessThan(finished);
});

// The pages copied from the cache here were rendered by the first build's passes.
test('the site built from the cache is the site built whole, file for file', () => {
  const fromCache = files(incremental);
  const whole = files(full);
  expect([...fromCache.keys()].sort()).toEqual([...whole.keys()].sort());
  const differing = [...whole].filter(([file, hash]) => fromCache.get(file) !== hash);
  expect(differing.map(([file]) => file)).toEqual([]);
});

test('each edit shows where it should', () => {
  const page = (route: string) => readFileSync(path.join(incremental, `${route}.html`), 'utf8');
  expect(page(`posts/${slugOf(edits.grown!)}`)).toContain('나중에 덧붙인 문단입니다.');
  expect(page('index')).toContain('제목을 고친 대담');
  expect(page('index')).toContain('새로 더한 대담');
  expect(files(incremental).has(`posts/${slugOf(edits.deleted!)}.html`)).toBe(false);
  expect(page(`posts/${slugOf(edits.renamed!)}`)).toContain('새 인물');
  // The reworded opening is quoted on its speaker's person page, copied from no cache.
  const quoting = [...files(incremental).keys()].filter(
    (file) =>
      /^people\/.+\.html$/.test(file) &&
      readFileSync(path.join(incremental, file), 'utf8').includes('고쳐 쓴 첫 문장입니다'),
  );
  expect(quoting.length).toBeGreaterThan(0);
});

test('the deleted post is warned about: the last build published it and no alias keeps it', () => {
  // issue 31: the second build had the first one's out/ at hand (lib/redirects/renamed.ts).
  const gone = `/posts/${slugOf(edits.deleted!)}`;
  expect(log).toContain(`⚠ ${gone} was published by the last build and is gone`);
  expect(log).toContain(`add aliases: [${gone}] to the renamed post`);
  // Only that one: the other posts are all still there.
  expect(log.match(/⚠ .* was published by the last build/g)).toHaveLength(1);
});
