import nextJest from 'next/jest.js';

// Native ESM mode (`node --experimental-vm-modules`): the unified/remark packages are ESM-only,
// and next/jest's own transformIgnorePatterns would otherwise keep them untransformed under CJS.
const createJestConfig = nextJest({ dir: './' });

export default createJestConfig({
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  testMatch: ['<rootDir>/tests/**/*.test.ts?(x)'],
  // Our own .mjs scripts (the static server) are native ESM already: load them as they are.
  transformIgnorePatterns: ['/node_modules/', '\\.mjs$'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  globalSetup: '<rootDir>/tests/setup/build-once.mjs',
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.mjs'],
});
