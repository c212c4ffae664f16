// The one Prisma client. Secrets (password hashes, TOTP seeds, providers' refresh tokens) are omitted from
// every query unless a query asks for them explicitly with `omit: { passwordHash: false }`. Case content is encrypted on write
// and decrypted on read by lib/encryption (see ARCHITECTURE.md, "Encryption at rest").
// Every wait on the database is bounded: lib/db-pool.ts for everyone, lib/db-deadline.ts for a parent.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { encryptionExtension } from '@/lib/encryption/prisma-extension';
import { getEnv } from '@/lib/env';
import { boundedPool } from '@/lib/db-pool';

/** A client of its own, for tests that play a second app instance; everything else uses getDb(). */
export function createClient(connectionString = getEnv().DATABASE_URL, max = 10) {
  const adapter = new PrismaPg(boundedPool(connectionString, { max }), { disposeExternalPool: true });
  const base = new PrismaClient({
    adapter,
    omit: { staffUser: { passwordHash: true, totpSecret: true }, signInIdentity: { refreshToken: true } },
    // Prisma's defaults (2 s to get a connection, 5 s to finish) fail good work on a busy two-core server
    // (seen under test load: audit-chain appends and worker claims queueing behind each other). Long enough
    // to ride out a burst, short enough that a stuck transaction still gives its locks back. Prisma can
    // only end a transaction once its current query returns, which the read limit above guarantees.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  return base.$extends(encryptionExtension(connectionString));
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { sgDb?: Db };

export function getDb(): Db {
  globalForDb.sgDb ??= createClient();
  return globalForDb.sgDb;
}

/** For tests and scripts: close the pool so the process can exit. */
export async function disconnectDb(): Promise<void> {
  await globalForDb.sgDb?.$disconnect();
  globalForDb.sgDb = undefined;
}
