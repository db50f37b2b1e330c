// How production (docker-compose.yml, x-crm-env NODE_OPTIONS) runs the API and the worker; the
// bench runs them the same way, and test/docker-compose.test.ts keeps the two equal.
import fs from 'node:fs';

export const PRODUCTION_NODE_OPTIONS = JSON.parse(fs.readFileSync(new URL('./production-node.json', import.meta.url), 'utf8')).NODE_OPTIONS;
