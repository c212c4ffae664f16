// npm run dev: the whole app on one machine. With no DATABASE_URL it starts a local PostgreSQL (data in
// .data/postgres, kept between runs), applies migrations, seeds the demo data once, catches email in
// .data/mail (shown at /dev/mail) when SMTP_URL is not set, and runs Next.js. Ctrl-C stops everything.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { startMailCatcher, type MailCatcher } from '../lib/email/catcher';
import { DEMO_PASSWORD, DEMO_RECEIPT, DEMO_STAFF } from '../lib/demo/demo-reference-data';
import { DEMO_HOSTS, SOUTHVALE_STAFF } from '../lib/demo/demo-southvale';
import { StartupError, encryptPlainRows, migrate, startOrConnectDatabase } from './lib/database';
import { assertPortFree, waitForHttp } from './lib/ports';

const say = (line: string) => console.log(`[dev] ${line}`);

async function main(): Promise<void> {
  const began = Date.now();
  // Says outright that this machine is for development, which alone allows the published keys (lib/env.ts).
  (process.env as Record<string, string | undefined>).NODE_ENV ??= 'development';
  const port = Number(process.env.PORT ?? 3000);
  await assertPortFree(port, 'PORT');
  const database = await startOrConnectDatabase(say);
  let mail: MailCatcher | undefined;
  let next: ChildProcess | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping…');
    if (next && next.exitCode === null) {
      next.kill('SIGTERM');
      await new Promise((r) => next?.once('exit', r));
    }
    await mail?.close();
    await database.stop();
    say('Stopped. The database keeps its data for next time.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await migrate(database.url, say);
    await encryptPlainRows(database.url, say);
    await seed(database.url);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXT_TELEMETRY_DISABLED: '1',
    };
    env.APP_URL ??= `http://localhost:${port}`;
    env.NEXTAUTH_URL ??= env.APP_URL;
    if (!process.env.SMTP_URL) {
      const dir = resolve('.data/mail');
      mail = await startMailCatcher(dir);
      env.SMTP_URL = mail.url;
      env.MAIL_CATCHER_DIR = dir;
      say(`No SMTP_URL: email is caught locally and shown at ${env.APP_URL}/dev/mail`);
    }
    // The same front server as npm start (scripts/serve.ts), so throttles see the same addresses.
    next = spawn(
      process.execPath,
      ['--import', 'tsx', resolve('scripts/serve.ts'), '--port', String(port), '--dev'],
      { env: { ...env, NODE_ENV: 'development' }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    next.once('exit', (code) => {
      if (!stopping) void shutdown(code ?? 1);
    });
    const child = next;
    await waitForHttp(`http://localhost:${port}/`, 180_000, () => child.exitCode === null);
    banner(env.APP_URL, (Date.now() - began) / 1000);
  } catch (error) {
    report(error);
    await shutdown(1);
  }
}

async function seed(url: string): Promise<void> {
  if (process.env.DEMO_SEED === 'false') return;
  process.env.DATABASE_URL = url;
  const { getDb, disconnectDb } = await import('../lib/db');
  const db = getDb();
  // Never put demo data into a database that already serves a real partnership.
  const partnerships = await db.partnership.findMany({ select: { slug: true } });
  if (partnerships.some((p) => !(p.slug in DEMO_HOSTS))) {
    say('The database already holds a partnership: demo data not added.');
  } else {
    const { seedDemo } = await import('../lib/demo/seed-demo');
    const { concernsAdded } = await seedDemo(db);
    say(concernsAdded ? `Demo data added (${concernsAdded} concerns).` : 'Demo data already in place.');
  }
  await disconnectDb();
}

function banner(url: string | undefined, seconds: number): void {
  const lines = [
    '',
    `Ready in ${seconds.toFixed(1)} s: ${url}`,
    '',
    'Each demo partnership has its own address:',
    ...Object.entries(DEMO_HOSTS).map(
      ([slug, hosts]) => `  ${slug.padEnd(12)} ${demoAddress(url, hosts[0])}`,
    ),
    '',
    `Demo staff accounts (password for all: ${DEMO_PASSWORD}):`,
    ...[...DEMO_STAFF, ...SOUTHVALE_STAFF].map(
      (s) => `  ${s.email.padEnd(46)} ${s.roles.map((r) => r.role).join(', ')}`,
    ),
    '',
    `Every demo concern can be followed up with the secret code ${DEMO_RECEIPT}.`,
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

/** The app's address at another host name, same scheme and port. */
function demoAddress(url: string | undefined, hostname: string | undefined): string {
  const address = new URL(url ?? 'http://localhost:3000');
  address.hostname = hostname ?? address.hostname;
  return address.origin;
}

function report(error: unknown): void {
  if (error instanceof StartupError) console.error(`\n${error.message}\n`);
  else
    console.error(`\nThe app could not start: ${error instanceof Error ? error.message : String(error)}\n`);
}

main().catch((error: unknown) => {
  report(error);
  process.exit(1);
});
