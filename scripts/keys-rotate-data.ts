// npm run keys:rotate-data: a new data key for every table, every protected value re-encrypted under it in
// batches, and the old keys deleted once no row names them (lib/encryption/rotate-data-keys.ts). Safe to
// stop at any point and run again: it carries on where it stopped. Waits two minutes after making the new
// keys, so running app processes have loaded them before any row needs them.
// Exits 0 when finished, 1 when an old key is still in use (rows written meanwhile: run again), 2 on error.
import { disconnectDb, getDb } from '../lib/db';
import { EncryptionError } from '../lib/encryption/cipher';
import { rotateDataKeys } from '../lib/encryption/rotate-data-keys';
import { ConfigurationError } from '../lib/env';

async function main(): Promise<number> {
  const report = await rotateDataKeys(getDb());
  let left = 0;
  for (const [table, { rows, retired }] of Object.entries(report.tables)) {
    console.log(
      `${table}: ${rows} rows re-encrypted; ${retired.length ? `retired ${retired.join(', ')}` : 'no key retired'}.`,
    );
    if (!retired.length && rows > 0) left++;
  }
  if (left) console.log('Some rows were written under an old key meanwhile: run this again.');
  return left ? 1 : 0;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(
      error instanceof ConfigurationError || error instanceof EncryptionError
        ? error.message
        : 'Could not rotate the data keys. Check DATABASE_URL points at the service database.',
    );
    await disconnectDb();
    process.exit(2);
  });
