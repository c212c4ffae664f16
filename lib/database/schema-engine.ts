// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter. It lets us diff
// schemas and apply migrations with no native engine download (these machines have no internet). It
// records applied migrations in `_prisma_migrations` with the same checksums as `prisma migrate deploy`,
// so a deployment with internet access can use the Prisma CLI on the same folder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

let loaded: Promise<void> | undefined;

/** Instantiates the WebAssembly module once, without Node's --experimental-wasm-modules flag. */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = join(dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return loaded;
}

/**
 * The pg driver adapter runs a migration script by splitting it on every ";" — which breaks any function
 * body, and even a comment, that contains one. The native engine (and `prisma migrate deploy`) sends the
 * whole script in one simple query instead; we make the adapter do the same, so both run migrations alike.
 */
function wholeScriptAdapter(databaseUrl: string, opened: { dispose: () => Promise<void> }[]): PrismaPg {
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    const internals = adapter as unknown as { client: pg.Pool; onError: (error: unknown) => never };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

export const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Runs `work` with the engine connected to a database. `datamodel` is the schema the engine is told about;
 * diffs between two schemas do not touch the database, but the engine connects all the same.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  datamodel: { path: string; content: string },
  work: (engine: bindings.SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const opened: { dispose: () => Promise<void> }[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(databaseUrl, opened));
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    () => {},
    adapter,
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    // Close the connections, or the database cannot be used as a template or dropped afterwards.
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  }
}
