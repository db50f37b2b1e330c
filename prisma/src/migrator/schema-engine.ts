import fs from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { createMigrationPool } from './char-as-text-pool';
import type { MigrationList } from './migrations-folder';

/** The schema files as the engine takes them: [path, content] pairs. */
export type SchemaFiles = Array<[string, string]>;
type DiffTarget = { tag: 'empty' } | ({ tag: 'migrations' } & MigrationList) | { tag: 'schemaDatamodel'; files: Array<{ path: string; content: string }> };
const noFilters = { externalTables: [], externalEnums: [] };

/** The subset of Prisma's WASM schema engine the migration runner uses. */
export interface SchemaEngine {
  applyMigrations(input: { migrationsList: MigrationList; filters: typeof noFilters }): Promise<{ appliedMigrationNames: string[] }>;
  migrateDiff(input: { from: DiffTarget; to: DiffTarget; script: boolean; exitCode: boolean | null; filters: typeof noFilters }): Promise<{ exitCode: number }>;
  createMigration(input: {
    migrationsList: MigrationList;
    schema: { files: Array<{ path: string; content: string }> };
    draft: boolean;
    migrationName: string;
    filters: typeof noFilters;
  }): Promise<{ migrationScript: string | null; generatedMigrationName: string }>;
}

// @types/node 20 has no WebAssembly declarations; this is the part we use.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, object>) => { exports: Record<string, unknown> };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };

interface WasmRuntime {
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  SchemaEngine: { new: (input: { datamodels: SchemaFiles }, debug: (m: string) => void, adapter: unknown) => Promise<unknown> };
}

let runtime: WasmRuntime | undefined;

/**
 * Instantiates the schema engine that Prisma ships as WebAssembly on npm, so migrations
 * need no native binary download. The runtime glue comes from the same package version
 * that @prisma/internals depends on.
 */
function loadRuntime(): WasmRuntime {
  if (runtime) return runtime;
  const internalsDir = path.dirname(require.resolve('@prisma/internals/package.json'));
  const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg', { paths: [internalsDir] });
  // The glue is an ES module resolved at run time next to @prisma/internals' own copy.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(glue) as WasmRuntime;
  const wasmModule = new wasm.Module(fs.readFileSync(path.join(path.dirname(glue), 'schema_engine_bg.wasm')));
  const instance = new wasm.Instance(wasmModule, { './schema_engine_bg.js': loaded });
  loaded.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  runtime = loaded;
  return loaded;
}

export async function openSchemaEngine(databaseUrl: string, schemaFiles: SchemaFiles): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  const pool = createMigrationPool(databaseUrl);
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const wasmEngine = await loadRuntime().SchemaEngine.new({ datamodels: schemaFiles }, () => undefined, adapter);
  // SchemaEngineWasm wraps the raw engine with Prisma's error translation; its constructor is internal API.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- its published types point at a path the package does not ship
  const { SchemaEngineWasm } = require('@prisma/migrate') as { SchemaEngineWasm: new (o: object) => SchemaEngine };
  const engine = new SchemaEngineWasm({ engine: wasmEngine, errorRegistry: adapter.errorRegistry });
  return { engine, close: () => pool.end() };
}

export { noFilters };
