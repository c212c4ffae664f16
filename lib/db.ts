// The one Prisma client. Secrets (password hashes, TOTP seeds) are omitted from every query unless a
// query asks for them explicitly with `omit: { passwordHash: false }`.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getEnv } from '@/lib/env';

function createClient() {
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 10 });
  return new PrismaClient({
    adapter,
    omit: { staffUser: { passwordHash: true, totpSecret: true } },
  });
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
