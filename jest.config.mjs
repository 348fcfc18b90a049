import nextJest from 'next/jest.js';

// Native ESM mode (`node --experimental-vm-modules`): the unified/remark packages are ESM-only,
// and next/jest's own transformIgnorePatterns would otherwise keep them untransformed under CJS.
const createJestConfig = nextJest({ dir: './' });

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  // Our own .mjs scripts (the static server) are native ESM already: load them as they are.
  transformIgnorePatterns: ['/node_modules/', '\\.mjs$'],
  // client/ imports its words as @ui-text: the build bundles one language (scripts/build-client.mjs).
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^@ui-text$': '<rootDir>/lib/i18n/ko/client.ts',
  },
  // The bench's work folder can hold a whole checkout of another commit (bench/lib/compare.ts).
  modulePathIgnorePatterns: ['<rootDir>/bench/\\.work/'],
};

// Two projects: `unit` needs no built site and runs in seconds (`npm run test:unit`); `site`
// reads the exports that its global setup builds once (tests/setup/sites.json). Jest runs a
// project's globalSetup only when one of its tests is selected.
const UNIT = [
  '<rootDir>/tests/unit/**/*.test.ts?(x)',
  '<rootDir>/tests/content/broken-posts.test.ts',
];

export default async function config() {
  const unit = await createJestConfig({ ...shared, displayName: 'unit', testMatch: UNIT })();
  const site = await createJestConfig({
    ...shared,
    displayName: 'site',
    testMatch: ['<rootDir>/tests/**/*.test.ts?(x)'],
    testPathIgnorePatterns: [
      '/node_modules/',
      '/tests/unit/',
      '/tests/content/broken-posts\\.test\\.ts$',
    ],
    globalSetup: '<rootDir>/tests/setup/build-once.mjs',
  })();
  return {
    projects: [unit, site],
    testTimeout: 60_000,
    // Two test files at a time even on two cores: the browser suites spend much of their time
    // waiting for a page to go quiet, and the other file fills it (npm test: 369 → 258 s).
    maxWorkers: 2,
    reporters: ['default', '<rootDir>/tests/setup/summary-reporter.mjs'],
  };
}
