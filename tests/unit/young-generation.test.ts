import { SEMI_SPACE_MB, withYoungGeneration } from '@/pipeline/young-generation';

test('adds the semi-space size to no options or to the user’s own', () => {
  expect(withYoungGeneration(undefined)).toBe(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  expect(withYoungGeneration('')).toBe(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  expect(withYoungGeneration('--enable-source-maps --require ./x.cjs')).toBe(
    `--enable-source-maps --require ./x.cjs --max-semi-space-size=${SEMI_SPACE_MB}`,
  );
});

test('a size the user chose is kept, written with dashes or underscores', () => {
  for (const options of [
    '--max-semi-space-size=16',
    '--max_semi_space_size=32 --enable-source-maps',
    '--inspect --max-semi-space-size 4',
  ]) {
    expect(withYoungGeneration(options)).toBe(options);
  }
});
