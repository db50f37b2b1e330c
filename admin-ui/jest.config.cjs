module.exports = require('../jest.preset')('admin-ui', { testMatch: ['<rootDir>/src/**/*.test.ts'] });
