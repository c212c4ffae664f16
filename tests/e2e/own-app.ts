// A second instance of the built app for fault tests, so killing it or cutting its database never
// disturbs the shared app the other specs use. Same build, same database (or a proxy in front of it).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { E2E_APP_LIMITS } from '../../scripts/lib/e2e-app-limits';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

/** Waits for a condition with a generous limit: never a fixed sleep, never a timed assertion. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, ms = 90_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface OwnApp {
  baseURL: string;
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/** Starts scripts/start.ts (as `npm start` does) in its own process group, and waits for it to answer. */
export async function startOwnApp(databaseUrl: string): Promise<OwnApp> {
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const child: ChildProcess = spawn(
    resolve('node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/start.ts'],
    {
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        SMTP_URL: 'smtp://127.0.0.1:9',
        AUTH_SECRET: process.env.E2E_AUTH_SECRET,
        DATA_ENCRYPTION_KEYS: process.env.E2E_DATA_ENCRYPTION_KEYS,
        APP_URL: baseURL,
        NEXTAUTH_URL: baseURL,
        PORT: String(port),
        WORKER_IN_PROCESS: 'false',
        MIGRATE_ON_START: 'false',
        LOG_LEVEL: 'silent',
        TRUSTED_PROXY_HOPS: '1', // the specs play the load balancer
        ...E2E_APP_LIMITS,
      } as NodeJS.ProcessEnv,
    },
  );
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await waitFor('the second app to answer', async () => (await fetch(`${baseURL}/accessibility`)).ok);
  return {
    baseURL,
    // The whole group: the start script, Next's server and anything it started.
    kill: async (signal) => {
      try {
        process.kill(-(child.pid as number), signal);
      } catch {
        // already gone
      }
      await exited;
    },
  };
}

export interface DatabaseProxy {
  url: string;
  /** The database "goes away": open connections are cut and new ones refused. */
  down: () => void;
  up: () => void;
  close: () => Promise<void>;
}

/** A TCP proxy in front of Postgres that a test can cut and restore. */
export async function startDatabaseProxy(databaseUrl: string): Promise<DatabaseProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let isDown = false;
  const server: Server = createServer((client) => {
    if (isDown) return void client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    down: () => {
      isDown = true;
      for (const s of sockets) s.destroy();
    },
    up: () => {
      isDown = false;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
