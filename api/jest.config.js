module.exports = require('../jest.preset')('api');
