// The hand-written SQL functions and their triggers as a migrated database holds them today, one file a
// function under prisma/sql/, so nobody replays the migrations to learn what trend_resync does now.
// `npm run db:sql` writes the files; tests/integration/sql-definitions.test.ts fails when one differs.
import { resolve } from 'node:path';
import pg from 'pg';

export const sqlDefinitionsDir = resolve(process.cwd(), 'prisma', 'sql');

const header = (name: string) =>
  `-- ${name}: its definition in a migrated database today, with the triggers that run it.\n` +
  '-- Written by `npm run db:sql`; do not edit. Change it in a new migration (CREATE OR REPLACE), then\n' +
  '-- run `npm run db:sql` and commit both.\n';

interface FunctionRow {
  oid: number;
  name: string;
  definition: string;
}

interface TriggerRow {
  function_oid: number;
  definition: string;
}

/** File name → contents, for every function in the public schema that no extension owns. */
export async function readSqlDefinitions(databaseUrl: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const functions = await client.query<FunctionRow>(
      `SELECT p.oid::int AS oid, p.proname AS name, pg_get_functiondef(p.oid) AS definition
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)`,
    );
    const triggers = await client.query<TriggerRow>(
      `SELECT t.tgfoid::int AS function_oid, pg_get_triggerdef(t.oid, true) AS definition
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal
        ORDER BY c.relname, t.tgname`,
    );
    const files = new Map<string, string>();
    for (const fn of functions.rows) {
      const its = triggers.rows.filter((t) => t.function_oid === fn.oid).map((t) => `${t.definition};\n`);
      const body = `${fn.definition.trimEnd()};\n${its.length ? `\n${its.join('')}` : ''}`;
      const file = `${fn.name}.sql`;
      files.set(file, files.has(file) ? `${files.get(file)}\n${body}` : `${header(fn.name)}\n${body}`);
    }
    return files;
  } finally {
    await client.end();
  }
}
