// How production (docker-compose.yml: x-crm-env NODE_OPTIONS, the api service's API_PROCESSES) runs the API and the worker; the
// bench runs them the same way, and test/docker-compose.test.ts keeps the two equal.
import fs from 'node:fs';

const production = JSON.parse(fs.readFileSync(new URL('./production-node.json', import.meta.url), 'utf8'));
export const PRODUCTION_NODE_OPTIONS = production.NODE_OPTIONS;
/** How many processes serve the API (docker-compose.yml's API_PROCESSES): `auto` is one per core. */
export const PRODUCTION_API_PROCESSES = production.API_PROCESSES;
