import { createServer } from 'node:net';
import { StartupError } from '../../lib/database/embedded';

export async function assertPortFree(port: number, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(
        new StartupError(
          `Port ${port} is already in use. Stop whatever is using it, or set ${variable} to a free port.`,
        ),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Polls the app until it answers, so we can say "ready" only when it really is. */
export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs && isAlive()) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new StartupError(`The app did not answer at ${url} within ${Math.round(timeoutMs / 1000)} seconds.`);
}
