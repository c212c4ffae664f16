// The built app as it runs in production, for load benchmarks: a throwaway Postgres (migrated, demo data),
// a mail catcher, and N app instances started through scripts/start.ts (plus, if asked, separate worker
// processes). Run `npm run build` first; nothing here builds.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMailCatcher } from '../../lib/email/catcher';
import { freePort, startScratchPostgres } from '../../lib/database/scratch';
import { migrate } from '../../scripts/lib/database';
import { waitForHttp } from '../../scripts/lib/ports';

export interface BenchApp {
  databaseUrl: string;
  apps: string[];
  /** The process id of each app instance as launched (scripts/start.ts; the server is its descendant). */
  pids: number[];
  mailDir: string;
  stop: () => Promise<void>;
}

export const AUTH_SECRET = 'benchmark-only-secret-0123456789abcdefghij';
/** The master key the benchmark's app encrypts case content with (lib/encryption). Benchmarks only. */
export const BENCH_MASTER_KEY = { id: 'bench-only', key: Buffer.alloc(32, 'bench') };
export const DATA_ENCRYPTION_KEYS = `${BENCH_MASTER_KEY.id}:${BENCH_MASTER_KEY.key.toString('base64')}`;

/** Starts a script the way npm would (tsx, react-server conditions), quiet unless it fails. */
export function launch(script: string, env: Record<string, string>, logs: string[] = []): ChildProcess {
  const child = spawn(resolve('node_modules/.bin/tsx'), ['--conditions=react-server', script], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => logs.push(chunk.toString());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', (code) => {
    // 143: stopped by us with SIGTERM.
    if (code && code !== 143) console.error(`${script} exited with ${code}:\n${logs.join('').slice(-3000)}`);
  });
  return child;
}

export async function startBenchApp(options: {
  instances: number;
  workers?: number;
  env?: Record<string, string>;
}): Promise<BenchApp> {
  if (!existsSync(resolve('.next', 'BUILD_ID'))) throw new Error('Run npm run build first.');
  const db = await startScratchPostgres('bench');
  const mailDir = mkdtempSync(join(tmpdir(), 'sg-bench-mail-'));
  const mail = await startMailCatcher(mailDir);
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : 0)));
    await mail.close();
    rmSync(mailDir, { recursive: true, force: true });
    await db.stop();
  };
  try {
    await migrate(db.url, () => {});
    const base: Record<string, string> = {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      SMTP_URL: mail.url,
      AUTH_SECRET,
      DATA_ENCRYPTION_KEYS,
      LOG_LEVEL: 'warn',
      MIGRATE_ON_START: 'false',
      // The bench plays the load balancer: each simulated parent sends its address as X-Forwarded-For.
      TRUSTED_PROXY_HOPS: '1',
      ...options.env,
    };
    const seed = launch('prisma/seed.ts', { ...base, NODE_ENV: 'test' });
    await new Promise((r) => seed.once('exit', r));
    if (seed.exitCode !== 0) throw new Error('Seeding the demo data failed.');
    const apps: string[] = [];
    const pids: number[] = [];
    for (let i = 0; i < options.instances; i += 1) {
      const port = await freePort();
      const url = `http://localhost:${port}`;
      apps.push(url);
      const child = launch('scripts/start.ts', {
        ...base,
        PORT: String(port),
        APP_URL: url,
        NEXTAUTH_URL: url,
      });
      children.push(child);
      pids.push(child.pid as number);
      await waitForHttp(`${url}/api/health`, 120_000, () => child.exitCode === null);
    }
    for (let i = 0; i < (options.workers ?? 0); i += 1) children.push(launch('scripts/worker.ts', base));
    return { databaseUrl: db.url, apps, pids, mailDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
