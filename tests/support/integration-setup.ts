// Before each integration test file: its own database, copied from the migrated template, so files never
// see each other's data (nor the demo data). The app's modules read DATABASE_URL lazily, so setting it here
// points lib/db.ts at the copy.
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { disconnectDb } from '../../lib/db';
import { resetEnvForTests } from '../../lib/env';
import { closeRateLimits } from '../../lib/rate-limit/rate-limit';
import { createDatabaseFromTemplate, dropDatabase } from './test-database';

const serverUrl = inject('testServerUrl');
const name = `t_${randomBytes(6).toString('hex')}`;
process.env.DATABASE_URL = await createDatabaseFromTemplate(serverUrl, name);
process.env.TEST_SERVER_URL = serverUrl;
resetEnvForTests();

// Rate limits have their own pool: any file may count something (a refused case look-up does), so close
// it here before the database goes, or its connections die with an error.
afterAll(async () => {
  await closeRateLimits();
  await disconnectDb();
  await dropDatabase(serverUrl, name);
});
