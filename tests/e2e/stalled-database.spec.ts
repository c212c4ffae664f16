// The database server is paused (SIGSTOP of its postmaster and every backend, as a stalled machine or a
// frozen VM does) while a parent presses "Send report". Its own Postgres cluster and its own app, so the
// pause never touches the other specs. The parent must see that it is sending, hear "not sent" in time,
// nothing may be committed when the server resumes, and one retry sends the report once.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import pg from 'pg';
import { startScratchPostgres } from '../../lib/database/scratch';
import { startOwnApp, waitFor } from './own-app';
import { answerEveryQuestion } from './report-journey';

const NOT_SENT = 'Your report was not sent. Try again.';

async function sql<Row extends pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

async function run(script: string, env: Record<string, string>): Promise<void> {
  const child = spawn(resolve('node_modules/.bin/tsx'), ['--conditions=react-server', script], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const code = await new Promise((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`${script} failed (${String(code)})`);
}

/** Every process the postmaster started (backends, checkpointer, WAL writer…). */
function postgresChildren(postmaster: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const concerns = async (url: string) =>
  Number((await sql<{ n: string }>(url, 'SELECT count(*) n FROM "Concern"'))[0]?.n);

test('a paused database: "Sending…", then "not sent" within 20 s, nothing committed on resume, a retry sends once', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const db = await startScratchPostgres('stall');
  const env = {
    DATABASE_URL: db.url,
    AUTH_SECRET: process.env.E2E_AUTH_SECRET as string,
    DATA_ENCRYPTION_KEYS: process.env.E2E_DATA_ENCRYPTION_KEYS as string,
    LOG_LEVEL: 'warn',
  };
  const paused: number[] = [];
  // Children first, the postmaster last. A backend that was already exiting when it was paused may be gone
  // by now (reaped), which is no failure.
  const resume = () =>
    paused
      .splice(0)
      .reverse()
      .forEach((pid) => {
        try {
          process.kill(pid, 'SIGCONT');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
        }
      });
  let app: Awaited<ReturnType<typeof startOwnApp>> | undefined;
  try {
    await run('scripts/db/migrate.ts', { ...env, NODE_ENV: 'production' });
    await run('prisma/seed.ts', { ...env, NODE_ENV: 'test' });
    app = await startOwnApp(db.url);
    const context = await browser.newContext({ baseURL: app.baseURL });
    const page = await context.newPage();
    await answerEveryQuestion(page);
    const before = await concerns(db.url);
    const [setting] = await sql<{ directory: string }>(
      db.url,
      `SELECT setting AS directory FROM pg_settings WHERE name = 'data_directory'`,
    );
    const pidFile = readFileSync(`${setting?.directory}/postmaster.pid`, 'utf8');
    const postmaster = Number(pidFile.split('\n')[0]);

    // The postmaster first, so it starts no new process while we list its children; a child that exits
    // between the listing and its signal (a backend closing) needs no pausing.
    process.kill(postmaster, 'SIGSTOP');
    paused.push(postmaster);
    for (const pid of postgresChildren(postmaster)) {
      try {
        process.kill(pid, 'SIGSTOP');
        paused.push(pid);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    }
    const started = Date.now();
    await page.getByRole('button', { name: 'Send report' }).click();
    // With JavaScript the parent sees it is sending, and cannot press again.
    const sending = page.getByRole('button', { name: 'Sending…' });
    await expect(sending).toBeDisabled();
    await expect(sending).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('form[aria-busy="true"]')).toHaveCount(1);
    await expect(page.getByText(NOT_SENT)).toBeVisible({ timeout: 20_000 });
    console.log(`[stalled-database] "not sent" after ${Date.now() - started} ms`);
    await expect(page.getByRole('button', { name: 'Send report' })).toBeEnabled();
    await expect(page.getByRole('heading', { name: 'Report sent' })).toHaveCount(0);

    resume();
    // Whatever the app had in flight reaches the server now; once its connections are quiet, nothing
    // of the report may have been committed.
    await waitFor('the app to stop working on the database', async () => {
      const [busy] = await sql<{ n: string }>(
        db.url,
        `SELECT count(*) n FROM pg_stat_activity WHERE backend_type = 'client backend'
          AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')`,
      );
      return Number(busy?.n) === 0;
    });
    expect(await concerns(db.url)).toBe(before);

    // The answers were kept: one press sends the report, once.
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page.getByRole('heading', { name: 'Report sent' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('receipt')).toHaveText(/^([2-9A-Z]{4}-){3}[2-9A-Z]{4}$/);
    expect(await concerns(db.url)).toBe(before + 1);
    await context.close();
  } finally {
    resume();
    await app?.kill('SIGTERM');
    await db.stop();
  }
});
