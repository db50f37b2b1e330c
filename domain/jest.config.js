module.exports = require('../jest.preset')('domain');
