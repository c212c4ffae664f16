// The limits on every wait on the database, for every pool and client of the app: the Prisma client
// (lib/db.ts), the rate limits, the row-id allocator and the keyring. No imports from the app, so any of
// them can use it without a cycle.
import pg from 'pg';

/**
 * Bounded waits for every connection of the app (staff pages, the worker, scripts). Generous, because
 * staff and worker work is sometimes big (an import, a retention batch, a trend rebuild) and nobody is
 * left staring at a spinner: they exist so that a stalled or locked database can never hold a request,
 * a connection or a lock forever. A parent's request has its own, much shorter limit (db-deadline.ts).
 * The server enforces the statement, lock and idle limits; the client enforces connecting and reading,
 * which still works when the server is not running at all (paused, or a network that drops packets).
 */
export const DATABASE_LIMITS_MS = {
  connect: 5_000,
  statement: 60_000,
  lock: 20_000,
  idleInTransaction: 60_000,
  /** Client side, a little longer than the server's statement limit, so the server's clean error wins. */
  read: 75_000,
} as const;

/** pg settings that bound every wait on one connection; for every pool and client of the app. */
export function boundedConnection(connectionString: string): pg.ClientConfig {
  return {
    connectionString,
    connectionTimeoutMillis: DATABASE_LIMITS_MS.connect,
    statement_timeout: DATABASE_LIMITS_MS.statement,
    lock_timeout: DATABASE_LIMITS_MS.lock,
    idle_in_transaction_session_timeout: DATABASE_LIMITS_MS.idleInTransaction,
    query_timeout: DATABASE_LIMITS_MS.read,
  };
}

/**
 * A pool whose connections are closed when a query's read limit passes. pg only stops waiting: the
 * connection stays open with the query outstanding, and handed to the next caller it would run their
 * statements inside the abandoned transaction. Closed, the server rolls the transaction back.
 */
export function boundedPool(connectionString: string, options: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({ ...boundedConnection(connectionString), ...options });
  pool.on('connect', closeOnReadTimeout);
  return pool;
}

function closeOnReadTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: typeof query }).query = (...args) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if ((error as Error)?.message === 'Query read timeout') {
          (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
        }
      });
    }
    return result;
  };
}
