// npm run keys:rotate: re-wraps every data key under the current master key (the first in
// DATA_ENCRYPTION_KEYS). The procedure is in README.md, "Rotating the encryption master key".
// Exits 0 when every data key is under the current master key, 2 when it cannot run.
import { disconnectDb, getDb } from '../lib/db';
import { EncryptionError } from '../lib/encryption/cipher';
import { rewrapDataKeys } from '../lib/encryption/rewrap-data-keys';
import { ConfigurationError } from '../lib/env';

async function main(): Promise<void> {
  const report = await rewrapDataKeys(getDb());
  console.log(
    `${report.rewrapped} of ${report.total} data keys re-wrapped; all are now under master key "${report.currentMasterKeyId}".`,
  );
  console.log('Older master keys can now be removed from DATA_ENCRYPTION_KEYS.');
}

main()
  .then(async () => {
    await disconnectDb();
  })
  .catch(async (error: unknown) => {
    console.error(
      error instanceof ConfigurationError || error instanceof EncryptionError
        ? error.message
        : 'Could not rotate the master key. Check DATABASE_URL points at the service database.',
    );
    await disconnectDb();
    process.exit(2);
  });
