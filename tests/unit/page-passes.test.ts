import {
  assignPasses,
  DEFAULT_PAGES_PER_PASS,
  pagesPerPass,
  passOf,
} from '../../pipeline/page-cache/passes';

/** The pages of each pass, from assignPasses' answer. */
function passSizes(groups: Array<{ cached: boolean; pages: number }>, perPass: number) {
  const { passes, passOfGroup } = assignPasses(groups, perPass);
  const sizes = Array.from({ length: passes }, () => 0);
  groups.forEach((g, i) => {
    if (!g.cached) sizes[passOfGroup[i]!]! += g.pages;
  });
  return { passes, sizes, passOfGroup };
}

const posts = (count: number, pages: number) =>
  Array.from({ length: count }, () => ({ cached: false, pages }));

test('an archive that fits one pass is rendered by one next build', () => {
  // 1,000 posts of 7.5 questions with their question pages, and the listings.
  const groups = [...posts(1000, 8.5), { cached: false, pages: 1300 }];
  expect(passSizes(groups, DEFAULT_PAGES_PER_PASS)).toMatchObject({ passes: 1 });
});

test('10,000 posts are cut into even passes, none over the limit, in the plan order', () => {
  const groups = [...posts(10_000, 9), { cached: false, pages: 3300 }, ...posts(200, 3)];
  const { passes, sizes, passOfGroup } = passSizes(groups, 20_000);
  expect(passes).toBe(5);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(20_000);
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(3300 + 9);
  expect(sizes.reduce((a, b) => a + b)).toBe(10_000 * 9 + 3300 + 600);
  // Neighbours stay together: the passes only ever go up along the plan.
  expect(passOfGroup).toEqual([...passOfGroup].sort((a, b) => a - b));
});

test('cached groups belong to no pass and count for none', () => {
  const groups = [...posts(3, 10), { cached: true, pages: 1000 }, ...posts(3, 10)];
  const { passes, sizes, passOfGroup } = passSizes(groups, 30);
  expect(passes).toBe(2);
  expect(sizes).toEqual([30, 30]);
  expect(passOfGroup[3]).toBe(0);
  // Everything cached: one pass that renders only the pages every build renders.
  expect(passSizes([{ cached: true, pages: 50 }], 10)).toMatchObject({ passes: 1, sizes: [0] });
});

test('a group larger than a pass is a pass of its own, never split', () => {
  const { passes, sizes } = passSizes(
    [...posts(2, 5), { cached: false, pages: 50 }, ...posts(2, 5)],
    20,
  );
  expect(passes).toBe(3);
  expect(sizes).toEqual([10, 50, 10]);
});

test('PAGES_PER_PASS is a whole number above 0, and the error names it', () => {
  expect(pagesPerPass(undefined)).toBe(DEFAULT_PAGES_PER_PASS);
  expect(pagesPerPass(' ')).toBe(DEFAULT_PAGES_PER_PASS);
  expect(pagesPerPass('5000')).toBe(5000);
  for (const bad of ['0', '-3', '1.5', 'many'])
    expect(() => pagesPerPass(bad)).toThrow(
      `PAGES_PER_PASS must be a whole number of pages above 0 (got "${bad}")`,
    );
});

test('a next build renders one pass of the plan, named by PAGE_PASS', () => {
  expect(passOf(undefined, 1)).toBe(0);
  expect(passOf('2', 3)).toBe(2);
  expect(() => passOf('3', 3)).toThrow(
    'PAGE_PASS must be a pass of the page plan, 0 to 2 (got "3")',
  );
  expect(() => passOf('x', 3)).toThrow('PAGE_PASS');
});
