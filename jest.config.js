// One jest run over every workspace; each project keeps its own tests beside its code.
/** @type {import('jest').Config} */
module.exports = {
  projects: [
    '<rootDir>/domain',
    '<rootDir>/prisma',
    '<rootDir>/workflows',
    '<rootDir>/api',
    '<rootDir>/admin-ui/jest.config.cjs',
    '<rootDir>/test',
  ],
};
