// npm run db:seed: adds the fictional demo partnership to DATABASE_URL (idempotent).
import { disconnectDb, getDb } from '../lib/db';
import { seedDemo } from '../lib/demo/seed-demo';

seedDemo(getDb())
  .then(({ concernsAdded }) => console.log(`Demo data is in place (${concernsAdded} concerns added).`))
  .catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
