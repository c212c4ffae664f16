// Loading millions of rows in minutes: the tables' secondary indexes are dropped first and rebuilt once
// at the end (one sorted build each instead of millions of inserts into each). The caller turns triggers
// and foreign-key checks off meanwhile (session_replication_role = replica).
import type pg from 'pg';

export async function withoutSecondaryIndexes<T>(
  client: pg.Client,
  tables: string[],
  load: () => Promise<T>,
): Promise<T> {
  const indexes = (
    await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname NOT LIKE '%pkey'`,
      [tables],
    )
  ).rows;
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  const loaded = await load();
  for (const index of indexes) await client.query(index.definition);
  return loaded;
}
