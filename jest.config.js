/** Two projects: fast unit specs beside the code, end-to-end suites under test/. */
const moduleNameMapper = {
  '^@governance/(domain|event-store|projections|notifications|documents|contracts)$': '<rootDir>/libs/$1/src',
  '^@governance/(domain|event-store|projections|notifications|documents|contracts)/(.*)$':
    '<rootDir>/libs/$1/src/$2',
};
const transform = { '^.+\\.ts$': ['@swc/jest'] };
const common = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node' };

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,bench}/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.js'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
  // A global setting in Jest 30 (projects cannot set it): HTTP suites start real servers.
  testTimeout: 30000,
  // Two workers on a two-core machine: most e2e suites wait on child servers, Chromium or
  // LibreOffice rather than use a core (8 of the slowest suites: 197 s with one, 141 s with two).
  maxWorkers: 2,
};
