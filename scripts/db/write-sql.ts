// npm run db:sql: rewrites prisma/sql/ from a scratch database with every migration applied, so each file
// there is the current definition of one hand-written SQL function and its triggers. Works offline.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPendingMigrations } from '../../lib/database/apply-migrations';
import { startScratchPostgres } from '../../lib/database/scratch';
import { readSqlDefinitions, sqlDefinitionsDir } from '../../lib/database/sql-definitions';

async function main(): Promise<void> {
  const db = await startScratchPostgres();
  try {
    await applyPendingMigrations(db.url);
    const files = await readSqlDefinitions(db.url);
    mkdirSync(sqlDefinitionsDir, { recursive: true });
    for (const old of readdirSync(sqlDefinitionsDir).filter((f) => f.endsWith('.sql'))) {
      if (!files.has(old)) rmSync(join(sqlDefinitionsDir, old));
    }
    for (const [file, text] of files) writeFileSync(join(sqlDefinitionsDir, file), text);
    console.log(`Wrote ${files.size} files to ${sqlDefinitionsDir}.`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
