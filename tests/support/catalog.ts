// A comparable description of a database's schema: tables, columns, constraints, indexes and enum types.
import pg from 'pg';

export async function describeSchema(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows = async (sql: string) =>
    (await client.query<{ line: string }>(sql)).rows.map((r) => r.line).sort();
  try {
    return {
      columns: await rows(`
        SELECT concat_ws(' ', table_name, column_name, data_type, udt_name, is_nullable, column_default,
               character_maximum_length, numeric_precision, datetime_precision) AS line
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      constraints: await rows(`
        SELECT concat_ws(' ', t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid)) AS line
        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
          -- A constraint trigger (contype t) is a trigger, added by hand as the others are: not Prisma's.
          AND c.contype <> 't'`),
      indexes: await rows(`
        SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      enums: await rows(`
        SELECT concat(t.typname, ': ', string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`),
    };
  } finally {
    await client.end();
  }
}
