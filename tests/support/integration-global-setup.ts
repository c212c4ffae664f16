// Once per vitest run: a real PostgreSQL (TEST_DATABASE_URL's server, or a throwaway embedded cluster) and
// a template database with every migration applied. Test files copy the template (integration-setup.ts).
import type { TestProject } from 'vitest/node';
import { applyPendingMigrations } from '../../lib/database/apply-migrations';
import { startScratchPostgres } from '../../lib/database/scratch';
import { TEMPLATE_DB, adminQuery, dropDatabase, withDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  const scratch = given ? undefined : await startScratchPostgres('postgres');
  const serverUrl = given ?? (scratch as { url: string }).url;
  await dropDatabase(serverUrl, TEMPLATE_DB);
  await adminQuery(serverUrl, `CREATE DATABASE "${TEMPLATE_DB}"`);
  await applyPendingMigrations(withDatabase(serverUrl, TEMPLATE_DB));
  project.provide('testServerUrl', serverUrl);
  return async () => {
    if (scratch) await scratch.stop();
    else await dropDatabase(serverUrl, TEMPLATE_DB);
  };
}
