// npm run db:seed: adds the fictional demo partnership to DATABASE_URL (idempotent). First encrypts any
// case content an older version left in plain text, so an existing development database keeps working.
import { disconnectDb, getDb } from '../lib/db';
import { ConfigurationError, getEnv } from '../lib/env';
import { seedDemo } from '../lib/demo/seed-demo';
import { encryptExistingRows } from '../lib/encryption/encrypt-existing-rows';

/** The demo data is fictional staff with a published password: only a declared development or test
 * machine may receive it, never a production configuration (nor one that does not say what it is). */
async function refuseProduction(): Promise<void> {
  const { NODE_ENV } = getEnv();
  if (NODE_ENV !== 'development' && NODE_ENV !== 'test') {
    throw new ConfigurationError(
      'The demo data is only for development: it adds staff accounts with a published password. Run npm run db:seed with NODE_ENV=development against a development database.',
    );
  }
}

refuseProduction()
  .then(() => encryptExistingRows(getDb()))
  .then(() => seedDemo(getDb()))
  .then(({ concernsAdded }) => console.log(`Demo data is in place (${concernsAdded} concerns added).`))
  .catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
