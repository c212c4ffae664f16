// npm run data:encrypt: encrypts case content still in plain text (rows from before encryption at rest).
// Start-up does the same after migrating; this is for MIGRATE_ON_START=false deployments. Idempotent.
import { disconnectDb, getDb } from '../lib/db';
import { EncryptionError } from '../lib/encryption/cipher';
import { encryptExistingRows } from '../lib/encryption/encrypt-existing-rows';
import { ConfigurationError } from '../lib/env';

encryptExistingRows(getDb())
  .then(async (changed) => {
    const parts = Object.entries(changed).map(([table, n]) => `${table} ${n}`);
    console.log(parts.length ? `Encrypted rows: ${parts.join(', ')}.` : 'Nothing left in plain text.');
    await disconnectDb();
  })
  .catch(async (error: unknown) => {
    console.error(
      error instanceof ConfigurationError || error instanceof EncryptionError
        ? error.message
        : 'Could not encrypt existing rows. Check DATABASE_URL points at the service database.',
    );
    await disconnectDb();
    process.exit(2);
  });
