// Repository-level checks: the compose file, and promises the README makes.
module.exports = require('../jest.preset')('repo', { testMatch: ['<rootDir>/**/*.test.ts'] });
