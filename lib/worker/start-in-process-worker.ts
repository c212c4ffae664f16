import 'server-only';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { startWorker, type Worker } from './start-worker';

// Kept on globalThis so development's hot reloads do not start a second worker in the same process.
const holder = globalThis as unknown as { sgWorker?: Worker };

/** The one-machine setup: the app process also runs the worker, unless WORKER_IN_PROCESS=false. */
export function startInProcessWorker(): void {
  if (!getEnv().WORKER_IN_PROCESS || holder.sgWorker) return;
  const worker = startWorker({ db: getDb() });
  holder.sgWorker = worker;
  const stop = () => void worker.stop();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
