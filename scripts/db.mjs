// npm run db:generate | db:migrate | db:migrate:create -- <name> | db:seed
// Uses DATABASE_URL, or the project-local development cluster when it is unset.
import { ensureNodeModules } from './lib/install.mjs';
import { generateClient, migrator, seed } from './lib/prisma.mjs';
import { devDatabase } from './lib/dev-stack.mjs';
import { fail, log } from './lib/log.mjs';

const [command, ...args] = process.argv.slice(2);

async function main() {
  ensureNodeModules();
  if (command === 'generate') {
    generateClient();
    log.ok('Prisma client generated in prisma/src/generated');
    return;
  }
  const db = await devDatabase();
  if (command === 'migrate') migrator(db.url, 'deploy');
  else if (command === 'create') {
    if (!args[0]) fail('usage: npm run db:migrate:create -- <name>');
    migrator(db.url, 'create', args[0]);
  } else if (command === 'seed') seed(db.url);
  else fail(`unknown command "${command ?? ''}": use generate | migrate | create <name> | seed`);
  // Leave a cluster we started running only when the user asked for the dev stack explicitly.
  await db.stop();
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
