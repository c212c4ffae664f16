// npm run db:seed: adds the fictional demo partnership to DATABASE_URL (idempotent). First encrypts any
// case content an older version left in plain text, so an existing development database keeps working.
import { disconnectDb, getDb } from '../lib/db';
import { seedDemo } from '../lib/demo/seed-demo';
import { encryptExistingRows } from '../lib/encryption/encrypt-existing-rows';

encryptExistingRows(getDb())
  .then(() => seedDemo(getDb()))
  .then(({ concernsAdded }) => console.log(`Demo data is in place (${concernsAdded} concerns added).`))
  .catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
