// Next.js calls register() once when a server process starts. In the one-machine setup the app process
// also runs the email and escalation worker (WORKER_IN_PROCESS, default true). Only in the Node.js
// runtime, and never while `next build` loads the app to prerender pages.
export async function register(): Promise<void> {
  // Next's own variables, set by Next itself rather than by whoever deploys, so they are not in lib/env.ts.
  // eslint-disable-next-line no-restricted-properties
  const { NEXT_RUNTIME, NEXT_PHASE } = process.env;
  if (NEXT_RUNTIME !== 'nodejs' || NEXT_PHASE === 'phase-production-build') return;
  const { startInProcessWorker } = await import('./lib/worker/start-in-process-worker');
  startInProcessWorker();
}
