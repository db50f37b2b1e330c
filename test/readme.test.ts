import fs from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '../prisma/src/seed/demo-accounts';

const ROOT = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README stays true', () => {
  it('starts with the two commands, and package.json has them', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(readme.indexOf('npm start')).toBeLessThan(readme.indexOf('## How it is built'));
    expect(readme.indexOf('npm test')).toBeLessThan(readme.indexOf('## How it is built'));
    expect(Object.keys(pkg.scripts)).toEqual(
      expect.arrayContaining(['start', 'test', 'build', 'lint', 'db:migrate', 'db:generate', 'db:seed', 'db:migrate:create']),
    );
  });

  it('documents every environment variable the API validates at boot', () => {
    const source = fs.readFileSync(path.join(ROOT, 'api', 'src', 'config', 'env.validation.ts'), 'utf8');
    const variables = [...source.matchAll(/^\s{2}([A-Z][A-Z0-9_]+)[!?]?(?::|\s=)/gm)].map((m) => m[1]).filter((v) => v !== 'NODE_ENV');
    expect(variables.length).toBeGreaterThan(8);
    const undocumented = variables.filter((v) => !readme.includes(`\`${v}\``));
    expect(undocumented).toEqual([]);
  });

  it('lists every seeded demo sign-in with its password', () => {
    // Table rows as their trimmed cells, however the table is padded.
    const rows = readme
      .split('\n')
      .filter((line) => line.trim().startsWith('|'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const listed = (email: string, password: string) => rows.some((cells) => cells.includes(email) && cells.includes(password));
    const missing = DEMO_ACCOUNTS.filter((a) => !listed(a.email, a.password)).map((a) => a.email);
    expect(missing).toEqual([]);
  });

  it('CI runs the README test command', () => {
    expect(fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
