// The fault suites: run by `npm run test:chaos` (scripts/chaos.mjs), never by `npm test`.
module.exports = {
  ...require('../jest.preset')('chaos', { testMatch: ['<rootDir>/**/*.chaos-spec.ts'] }),
  rootDir: __dirname,
  testTimeout: 600_000,
};
