// One jest run over every workspace; each project keeps its own tests beside its code.
/** @type {import('jest').Config} */
module.exports = {
  // End-to-end tests talk to real servers; unit tests finish far inside this. (A root-only option.)
  testTimeout: 60_000,
  projects: [
    '<rootDir>/domain',
    '<rootDir>/prisma',
    '<rootDir>/workflows',
    '<rootDir>/api',
    '<rootDir>/admin-ui/jest.config.cjs',
    '<rootDir>/admin-ui/e2e/jest.config.cjs',
    '<rootDir>/test',
  ],
};
