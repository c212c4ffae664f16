// npm run db:migrate: applies pending migrations to DATABASE_URL, offline. The deployment start-up
// (scripts/start.ts) runs the same function.
import { applyPendingMigrations } from '../../lib/database/apply-migrations';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the database to migrate (npm run dev migrates its own database).');
  process.exit(2);
}
applyPendingMigrations(url)
  .then((applied) =>
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.'),
  )
  .catch((error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
