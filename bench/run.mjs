// npm run bench [-- --quick]: installs the npm packages first (a fresh clone has none, and the
// harness imports some), then runs the benchmark (lib/bench-main.mjs). See bench/README.md.
import { ensureNodeModules } from '../scripts/lib/install.mjs';

ensureNodeModules();
await import('./lib/bench-main.mjs');
