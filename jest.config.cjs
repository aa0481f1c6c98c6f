// Jest for every layer: unit (domain), emulator contracts, add-on (build/Code.js in a vm), browser.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  // The 5,000-row budget tests leave large heaps; recycling such a worker between files keeps teardown clean.
  workerIdleMemoryLimit: '1GB',
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
