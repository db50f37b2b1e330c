// Shared jest settings: TypeScript through SWC (decorator metadata on, for NestJS),
// and workspace packages resolved to their sources so tests never need a prior build.
const path = require('node:path');

const workspace = (dir) => path.join(__dirname, dir, 'src');

/** @param {string} displayName */
module.exports = (displayName, overrides = {}) => ({
  displayName,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@hospital-crm/domain$': workspace('domain'),
    '^@hospital-crm/db$': workspace('prisma'),
    '^@hospital-crm/workflows$': workspace('workflows'),
    '^@hospital-crm/workflows/worker$': path.join(workspace('workflows'), 'worker.ts'),
  },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  ...overrides,
});
