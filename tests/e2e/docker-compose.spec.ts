// The reference deployment works: every service docker-compose.yml builds from this repository starts,
// with exactly the environment the file gives it (plus the image's own ENV), and becomes healthy. There
// is no Docker engine here, so each service runs as a process the way its container would: the image's
// CMD or the service's `command`, from the production build `npm test` made. Only where the services
// meet the outside changes: DATABASE_URL points at this test's own database (the file's own user and
// password exist only in its Postgres container), SMTP_URL at this test's mail catcher, PORT at a free port.
// A variable the file forgets (the worker had no AUTH_SECRET and crash-looped) fails here.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { readCaughtMail, startMailCatcher, type MailCatcher } from '../../lib/email/catcher';
import { freePort } from '../../lib/database/scratch';
import { waitForHttp } from '../../scripts/lib/ports';
import {
  readComposeServices,
  readDockerfileRuntime,
  serviceEnvironment,
  type ComposeService,
} from './deployment/compose-file';

const services = readComposeServices();
const built = Object.entries(services).filter(([, service]) => service.build !== undefined);
const runtime = readDockerfileRuntime();

/** What an operator puts in .env: only the variables the file requires, as the README says. */
const operatorEnv = (smtpUrl: string) => ({
  AUTH_SECRET: randomBytes(32).toString('base64'),
  DATA_ENCRYPTION_KEYS: `main-1:${randomBytes(32).toString('base64')}`,
  SMTP_URL: smtpUrl,
});

async function admin(url: string, sql: string): Promise<void> {
  const target = new URL(url);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

test('docker-compose.yml gives the mail catcher to development only, on loopback, and no mail default', () => {
  expect(services.mail?.profiles).toEqual(['dev']);
  for (const port of (services.mail?.ports ?? []) as string[]) expect(port).toMatch(/^127\.0\.0\.1:/);
  for (const [, service] of built) {
    expect(() => serviceEnvironment(service, { ...operatorEnv(''), SMTP_URL: undefined })).toThrow(
      /SMTP_URL is required/,
    );
  }
});

test('every service built from this repository starts healthy with the environment the file gives it', async () => {
  test.setTimeout(240_000);
  expect(built.map(([name]) => name).sort()).toEqual(['app', 'worker']);
  const name = `compose_${randomBytes(4).toString('hex')}`;
  const e2eUrl = process.env.E2E_DATABASE_URL as string;
  await admin(e2eUrl, `CREATE DATABASE ${name}`);
  const ownDb = new URL(e2eUrl);
  ownDb.pathname = `/${name}`;
  const mailDir = join(tmpdir(), `${name}-mail`);
  const mail: MailCatcher = await startMailCatcher(mailDir);
  const given = operatorEnv(mail.url);
  const logs: string[] = [];
  const children: ChildProcess[] = [];

  /** Runs a service as its container would; `script` stands in for the command's script (a one-off run). */
  const start = (
    serviceName: string,
    service: ComposeService,
    port: number,
    script?: string,
  ): ChildProcess => {
    const fromFile = serviceEnvironment(service, given);
    expect(new URL(fromFile.DATABASE_URL ?? '').hostname).toBe('db');
    const env = {
      // What the node base image gives every container.
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...runtime.env,
      ...fromFile,
      DATABASE_URL: ownDb.toString(),
      SMTP_URL: mail.url,
      PORT: String(port),
    };
    const [command, ...args] = service.command ?? runtime.cmd;
    if (script) args.splice(-1, 1, script);
    const child = spawn(resolve(command as string), args, {
      env: env as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => logs.push(`[${serviceName}] ${chunk.toString().trim()}`);
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    children.push(child);
    return child;
  };
  const why = () => logs.join('\n');

  try {
    // The app first (the worker's depends_on waits for it to be healthy): it migrates the database.
    const appPort = await freePort();
    const app = start('app', services.app!, appPort);
    await waitForHttp(`http://localhost:${appPort}/api/health`, 120_000, () => app.exitCode === null).catch(
      (error) => {
        throw new Error(`The app did not become healthy: ${String(error)}\n${why()}`);
      },
    );

    // The worker's health: it stays up and delivers what is queued. The email is queued the way a row
    // from before encryption at rest is met: in plain text, then sealed by the operator's own command.
    const subject = `Deployment check ${randomUUID()}`;
    const client = new pg.Client({ connectionString: ownDb.toString() });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "OutboxEmail" (id, kind, "toAddress", subject, "textBody", "htmlBody", "messageId")
         VALUES ($1, 'deployment.check', 'ops@example.org', $2, 'Check', '<p>Check</p>', $3)`,
        [randomUUID(), subject, `<${randomUUID()}@deployment.check>`],
      );
    } finally {
      await client.end();
    }
    const encrypt = start('data:encrypt', services.worker!, await freePort(), 'scripts/data-encrypt.ts');
    const encrypted = await new Promise<number | null>((done) => encrypt.once('exit', done));
    expect(encrypted, why()).toBe(0);
    const worker = start('worker', services.worker!, await freePort());
    await expect
      .poll(async () => (await readCaughtMail(mailDir)).some((m) => m.subject === subject), {
        timeout: 60_000,
        message: `the worker delivers queued email\n${why()}`,
      })
      .toBe(true);
    expect(worker.exitCode, why()).toBeNull();
    expect(app.exitCode, why()).toBeNull();
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
    );
    await mail.close();
    rmSync(mailDir, { recursive: true, force: true });
    await admin(e2eUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});
