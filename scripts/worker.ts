// npm run worker: the email and escalation worker as its own process, for a deployment with several app
// instances (set WORKER_IN_PROCESS=false on the app then, or keep both: workers never send an email twice
// at the same time). Stops cleanly on SIGINT/SIGTERM: the email in hand is finished and marked first.
import { ConfigurationError, getEnv } from '../lib/env';
import { disconnectDb, getDb } from '../lib/db';
import { startWorker } from '../lib/worker/start-worker';

function main(): void {
  getEnv();
  const worker = startWorker({ db: getDb() });
  console.log(`[worker] started as ${worker.id}`);
  const shutdown = async () => {
    console.log('[worker] stopping…');
    await worker.stop();
    await disconnectDb();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

try {
  main();
} catch (error) {
  console.error(
    error instanceof ConfigurationError ? `\n${error.message}\n` : '\nThe worker could not start.\n',
  );
  process.exit(1);
}
