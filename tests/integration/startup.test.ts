import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/lib/database/embedded';
import { freePort } from '@/lib/database/scratch';
import { looksLikeStackTrace, runScript } from '../support/run-script';

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

async function occupyPort(): Promise<number> {
  const port = await freePort();
  const server = createServer();
  await new Promise<void>((r) => server.listen(port, '0.0.0.0', () => r()));
  servers.push(server);
  return port;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg-start-'));
  chmodSync(dir, 0o755);
  return dir;
}

describe('start-up faults give one plain sentence and a non-zero exit', () => {
  it('production without SMTP_URL, AUTH_SECRET or DATA_ENCRYPTION_KEYS', async () => {
    const result = await runScript('scripts/start.ts', {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/x',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SMTP_URL is not set');
    expect(result.stderr).toContain('AUTH_SECRET is not set');
    expect(result.stderr).toContain('DATA_ENCRYPTION_KEYS is not set');
    expect(looksLikeStackTrace(result.stderr)).toBe(false);
  });

  it('a DATABASE_URL that cannot be reached', async () => {
    const result = await runScript('scripts/start.ts', {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://u:secret-password@127.0.0.1:1/app',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      AUTH_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEYS: `main-1:${Buffer.alloc(32, 7).toString('base64')}`,
      PORT: String(await freePort()),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot reach the database at 127.0.0.1:1/app');
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).not.toContain('secret-password');
    expect(looksLikeStackTrace(result.stderr)).toBe(false);
  });

  it('a port already taken, for the app and for the local database', async () => {
    const appPort = await occupyPort();
    const app = await runScript('scripts/dev.ts', {
      PORT: String(appPort),
      DATABASE_URL: 'postgresql://u:p@127.0.0.1:1/x',
    });
    expect(app.code).toBe(1);
    expect(app.stderr).toContain(`Port ${appPort} is already in use`);
    expect(app.stderr).toContain('PORT');

    const dbPort = await occupyPort();
    const db = await runScript('scripts/dev.ts', {
      PORT: String(await freePort()),
      EMBEDDED_DB_PORT: String(dbPort),
      EMBEDDED_DB_DIR: join(tempDir(), 'pg'),
    });
    expect(db.code).toBe(1);
    expect(db.stderr).toContain(`Port ${dbPort} is already in use`);
    expect(db.stderr).toContain('EMBEDDED_DB_PORT');
    expect(looksLikeStackTrace(app.stderr + db.stderr)).toBe(false);
  });
});

describe('the local database survives its owner being killed', () => {
  it('starts again after SIGKILL, with its data', async () => {
    const dataDir = join(tempDir(), 'pg');
    const port = await freePort();
    // Node itself, not the tsx wrapper, so the process we kill is the one that started Postgres.
    const holder = spawn(process.execPath, [
      '--import',
      'tsx',
      'tests/support/hold-embedded.ts',
      dataDir,
      String(port),
    ]);
    const url = await new Promise<string>((done, fail) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        const match = /READY (\S+)/.exec(chunk.toString());
        if (match) done(match[1] as string);
      });
      holder.on('exit', () => fail(new Error('holder exited early')));
    });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    await client.end();
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    // The orphaned Postgres may still be running: starting again must reclaim it.
    await new Promise((r) => setTimeout(r, 300));

    const again = await startEmbeddedPostgres({ dataDir, port, database: 'held' });
    const check = new pg.Client({ connectionString: again.url });
    await check.connect();
    const { rows } = await check.query('SELECT note FROM kept');
    await check.end();
    await again.stop();
    expect(rows).toEqual([{ note: 'still here' }]);
  });

  it('starts despite a stale lock file whose process id now belongs to something else', async () => {
    const dataDir = join(tempDir(), 'pg');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, database: 'held' });
    const writer = new pg.Client({ connectionString: first.url });
    await writer.connect();
    await writer.query('CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$before the reboot$$)');
    await writer.end();
    await first.stop();
    // PID 1 is always running and is not Postgres: exactly the reboot case.
    writeFileSync(join(dataDir, 'postmaster.pid'), `1\n${dataDir}\n`);
    const second = await startEmbeddedPostgres({ dataDir, port, database: 'held' });
    const reader = new pg.Client({ connectionString: second.url });
    await reader.connect();
    const { rows } = await reader.query('SELECT note FROM kept');
    await reader.end();
    await second.stop();
    // Started, and on the same data: clearing the lock must never mean starting from an empty folder.
    expect(rows).toEqual([{ note: 'before the reboot' }]);
  });

  it('the worker and the scripts, started without NODE_ENV, refuse to fall back on the published keys', async () => {
    for (const script of ['scripts/worker.ts', 'scripts/audit-verify.ts']) {
      const result = await runScript(script, { DATABASE_URL: process.env.DATABASE_URL }, 30_000);
      expect(result.code).toBeGreaterThan(0); // audit:verify exits 2: it could not run
      expect(result.stderr).toContain('AUTH_SECRET is not set');
      expect(looksLikeStackTrace(result.stderr)).toBe(false);
    }
  });

  it('npm run db:seed refuses a production configuration and adds nothing', async () => {
    const result = await runScript('prisma/seed.ts', {
      NODE_ENV: 'production',
      DATABASE_URL: process.env.DATABASE_URL,
      SMTP_URL: 'smtp://relay.example.org:587',
      AUTH_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEYS: `main-1:${Buffer.alloc(32, 7).toString('base64')}`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The demo data is only for development');
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect((await client.query('SELECT count(*)::int AS n FROM "Partnership"')).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
