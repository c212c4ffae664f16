// A throwaway Postgres cluster in a temporary folder, for tests and for tooling that needs a database
// connection but no data (the schema engine connects even to diff two schema files).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startScratchPostgres(database = 'scratch'): Promise<RunningPostgres> {
  // Under /tmp so the `postgres` OS user (used when we are root) can reach it.
  const dir = mkdtempSync(join(tmpdir(), 'sg-pg-'));
  chmodSync(dir, 0o755);
  const running = await startEmbeddedPostgres({
    dataDir: join(dir, 'data'),
    port: await freePort(),
    database,
    fast: true,
  });
  return {
    url: running.url,
    stop: async () => {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
