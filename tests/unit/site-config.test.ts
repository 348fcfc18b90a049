import { readSiteConfig } from '@/lib/site';

describe('QUESTION_PAGES', () => {
  test.each([
    [undefined, true],
    ['', true],
    ['on', true],
    ['TRUE', true],
    ['off', false],
    ['0', false],
    [' no ', false],
  ])('%j → %s', (value, expected) => {
    expect(readSiteConfig({ NODE_ENV: 'test', QUESTION_PAGES: value }).questionPages).toBe(
      expected,
    );
  });

  test('anything else stops the build, naming the variable', () => {
    expect(() => readSiteConfig({ NODE_ENV: 'test', QUESTION_PAGES: 'sometimes' })).toThrow(
      'QUESTION_PAGES must be on or off (got "sometimes")',
    );
  });
});
