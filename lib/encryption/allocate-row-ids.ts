import 'server-only';
import pg from 'pg';
import { boundedPool } from '@/lib/db-pool';
import { EncryptionError } from './cipher';
import { encryptedModel, idFromSequence, NESTED_WRITES } from './encrypted-fields';
import { isPlainObject, type Data } from './encrypt-write';

/** Hands out ids taken from a table's sequence, one per created row, in the order the write walks them. */
export type RowIds = (table: string) => bigint;

/**
 * How many new rows of each such table a write creates, nested creates included (a concern created with
 * its first chronology entries), so their ids can be taken in one round trip before the write.
 */
export function rowIdsNeeded(table: string, operation: string, args: Data): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (t: string, data: unknown, creating: boolean): void => {
    if (Array.isArray(data)) return data.forEach((d) => count(t, d, creating));
    if (!isPlainObject(data)) return;
    const model = encryptedModel(t);
    if (creating && model && idFromSequence(model) && data[model.rowKey] == null)
      counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [field, child] of Object.entries(NESTED_WRITES[t] ?? {})) {
      const nested = data[field];
      if (!isPlainObject(nested)) continue;
      count(child.table, nested.create, true);
      if (isPlainObject(nested.createMany)) count(child.table, nested.createMany.data, true);
    }
  };
  if (operation.startsWith('create')) count(table, args.data, true);
  if (operation.startsWith('update')) count(table, args.data, false);
  if (operation === 'upsert') {
    count(table, args.create, true);
    count(table, args.update, false);
  }
  return counts;
}

/**
 * Takes ids from the tables' sequences on a small pool of its own, never the app's: a transaction holding
 * one of the app's connections must not wait for another to get its ids. A sequence ignores transactions,
 * so an id taken for a write that then rolls back is a gap, as it would be had the insert taken it.
 */
export function rowIdAllocator(connectionString: string) {
  let pool: pg.Pool | undefined;
  return async (needed: Map<string, number>): Promise<RowIds> => {
    const ids = new Map<string, bigint[]>();
    for (const [table, n] of needed) {
      if (!pool) {
        pool = boundedPool(connectionString, { max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
        pool.on('error', () => {}); // an idle connection closed by the server: the pool replaces it
      }
      const { rows } = await pool.query<{ id: string }>(
        'SELECT nextval(pg_get_serial_sequence($1, $2)) AS id FROM generate_series(1, $3)',
        [`"${table}"`, encryptedModel(table)!.rowKey, n],
      );
      ids.set(
        table,
        rows.map((r) => BigInt(r.id)),
      );
    }
    return (table) => {
      const id = ids.get(table)?.shift();
      if (id === undefined) throw new EncryptionError(`No id was taken for a new ${table} row.`);
      return id;
    };
  };
}
