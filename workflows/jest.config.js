module.exports = require('../jest.preset')('workflows');
