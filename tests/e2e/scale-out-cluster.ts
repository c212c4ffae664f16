// A small deployment for the scale-out test: its own database on the end-to-end Postgres server (migrated
// and seeded with the demo), its own mail catcher, two app instances of the build `npm test` already made
// and two separate worker processes — every process the production way (scripts/start.ts, npm run worker).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startMailCatcher, type MailCatcher } from '../../lib/email/catcher';
import { freePort } from '../../lib/database/scratch';
import { waitForHttp } from '../../scripts/lib/ports';

export interface Cluster {
  databaseUrl: string;
  mailDir: string;
  apps: [string, string];
  stop: () => Promise<void>;
}

const tsx = resolve('node_modules/.bin/tsx');

function launch(script: string, env: Record<string, string>, logs: string[]): ChildProcess {
  const child = spawn(tsx, ['--conditions=react-server', script], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for the failure message only: a process that dies says why.
  const keep = (chunk: Buffer) => logs.push(`[${script}] ${chunk.toString().trim()}`);
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

async function finished(child: ChildProcess, logs: string[]): Promise<void> {
  if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
  if (child.exitCode !== 0) throw new Error(`Set-up step failed:\n${logs.join('\n')}`);
}

async function withAdmin(url: string, sql: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startCluster(limits: Record<string, string>): Promise<Cluster> {
  const e2eUrl = process.env.E2E_DATABASE_URL as string;
  const name = `scaleout_${randomBytes(4).toString('hex')}`;
  await withAdmin(e2eUrl, `CREATE DATABASE ${name}`);
  const url = new URL(e2eUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const mailDir = join(tmpdir(), `${name}-mail`);
  const mail: MailCatcher = await startMailCatcher(mailDir);
  const logs: string[] = [];
  const children: ChildProcess[] = [];
  const base = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SMTP_URL: mail.url,
    AUTH_SECRET: process.env.E2E_AUTH_SECRET as string,
    DATA_ENCRYPTION_KEYS: process.env.E2E_DATA_ENCRYPTION_KEYS as string,
    LOG_LEVEL: 'warn',
    MIGRATE_ON_START: 'false',
    WORKER_IN_PROCESS: 'false',
    // The specs play the load balancer: each sends the address it stands for as X-Forwarded-For.
    TRUSTED_PROXY_HOPS: '1',
    ...limits,
  };
  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
    );
    await mail.close();
    rmSync(mailDir, { recursive: true, force: true });
    await withAdmin(e2eUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await finished(launch('scripts/db/migrate.ts', base, logs), logs);
    await finished(launch('prisma/seed.ts', { ...base, NODE_ENV: 'test' }, logs), logs);
    const ports = [await freePort(), await freePort()];
    const apps = ports.map((port) => `http://localhost:${port}`) as [string, string];
    ports.forEach((port, i) => {
      const app = apps[i] as string;
      children.push(
        launch('scripts/start.ts', { ...base, PORT: String(port), APP_URL: app, NEXTAUTH_URL: app }, logs),
      );
    });
    children.push(launch('scripts/worker.ts', base, logs), launch('scripts/worker.ts', base, logs));
    for (const [i, app] of apps.entries()) {
      const child = children[i] as ChildProcess;
      await waitForHttp(`${app}/api/health`, 90_000, () => child.exitCode === null).catch((error) => {
        throw new Error(`${String(error)}\n${logs.join('\n')}`);
      });
    }
    return { databaseUrl, mailDir, apps, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function queryCluster<Row extends pg.QueryResultRow>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
