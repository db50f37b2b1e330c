// The console in a real browser against the real API, worker, database and Temporal server.
// Run through the test runner, which starts PostgreSQL and Temporal and builds the backend first:
//   node scripts/test.mjs --selectProjects console-e2e
module.exports = require('../../jest.preset')('console-e2e', {
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120000,
});
