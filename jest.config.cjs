// Jest for every layer: unit (domain), emulator contracts, add-on (build/Code.js in a vm), browser.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  maxWorkers: 2,
  testTimeout: 30000,
};
