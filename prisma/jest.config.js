module.exports = require('../jest.preset')('db');
