// The Temporal dev server (the `temporal` CLI), on loopback.
import fs from 'node:fs';
import path from 'node:path';
import { startService } from './run.mjs';
import { assertPortFree, waitForPort } from './ports.mjs';
import { venvBin } from './python-tools.mjs';

/**
 * Starts `temporal server start-dev`. With dbFile the history survives restarts
 * (npm start); without it the server is in memory (tests).
 */
export async function startTemporal({ port, uiPort, dbFile, quiet = false }) {
  await assertPortFree(port, 'Temporal frontend');
  if (uiPort) await assertPortFree(uiPort, 'Temporal UI');
  if (dbFile) fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const child = startService('temporal', venvBin('temporal'), temporalArgs({ port, uiPort, dbFile }), { quiet });
  await waitForPort(port, { name: 'Temporal', timeoutMs: 60_000, child });
  return child;
}

/** The `temporal` CLI's arguments for a dev server on port (a UI on uiPort, history in dbFile when given). */
export function temporalArgs({ port, uiPort, dbFile }) {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'];
  if (uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');
  if (dbFile) args.push('--db-filename', dbFile);
  // Update-with-start and fast continue-as-new are what our workflows rely on.
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true');
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecutionAsyncAccepted=true');
  // The rest of temporal/dynamicconfig/development.yaml, so dev behaves like production.
  args.push('--dynamic-config-value', 'limit.maxIDLength=255');
  args.push('--dynamic-config-value', 'system.forceSearchAttributesCacheRefreshOnRead=true');
  return args;
}
