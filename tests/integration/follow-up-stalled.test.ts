// A parent sends a message or adds to their report while the database is stalled (a paused server, a lock
// nobody lets go). As with "Send report" (stalled-database.test.ts), they must hear "not sent" in time,
// nothing may be stored after that, and pressing again with the same form stores it once.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addReporterInformation, sendReporterMessage } from '@/lib/follow-up/follow-up-actions';
import { REPORTER_COOKIE } from '@/lib/follow-up/reporter-cookie';
import { startReporterSession } from '@/lib/follow-up/reporter-session';
import { makeConcern } from '../support/factories';
import { makeReportingWorld } from '../support/report-fixtures';
import {
  PARENT_LIMIT_MS,
  routeAppThroughStallingProxy,
  untilQuiet,
  type StalledDatabase,
} from '../support/stalled-database';
import type { StallingProxy } from '../support/stalling-proxy';

const browser = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-client-address': '203.0.113.10' }),
  cookies: async () => ({
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name) } : undefined),
    set: (name: string, value: string) => void browser.jar.set(name, value),
  }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const MESSAGE_NOT_SENT = 'Your message was not sent. Try again.';
const ADDITION_NOT_SENT = 'What you added was not sent. Try again.';

let database: StalledDatabase;
let proxy: StallingProxy;
let direct: pg.Client;
let concernId: string;

beforeAll(async () => {
  database = await routeAppThroughStallingProxy();
  ({ proxy, direct } = database);
  const world = await makeReportingWorld();
  const concern = await makeConcern({
    partnershipId: world.partnership.id,
    schoolId: world.school.id,
    route: 'SCHOOL',
  });
  concernId = concern.id;
  browser.jar.set(REPORTER_COOKIE, await startReporterSession(concernId));
});
beforeEach(() => proxy.resume());
afterAll(() => database.close());

type Action = typeof sendReporterMessage;

async function press(action: Action, fields: Record<string, string>) {
  const started = Date.now();
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const state = await action({}, form);
  return { ...state, ms: Date.now() - started };
}

const message = () => ({ sendKey: randomUUID(), message: `Stalled message ${randomUUID()}` });
const addition = () => ({ sendKey: randomUUID(), information: `Stalled addition ${randomUUID()}` });

/** Rows of this concern a write stores (the message or the added information, their chronology entries),
 * and those stored under this form's key. Counted by key: the text is encrypted at rest. */
async function stored(sendKey: string): Promise<{ all: number; this: number }> {
  const { rows } = await direct.query(
    `SELECT (SELECT count(*) FROM "Message" WHERE "concernId" = $1)
          + (SELECT count(*) FROM "ConcernEvent" WHERE "concernId" = $1) AS "all",
            (SELECT count(*) FROM "Message" WHERE "concernId" = $1 AND "sendKey" = $2)
          + (SELECT count(*) FROM "ConcernEvent" WHERE "concernId" = $1 AND "sendKey" = $2) AS this`,
    [concernId, sendKey],
  );
  return { all: Number(rows[0].all), this: Number(rows[0].this) };
}

describe('following up while the database is stalled', () => {
  it('a server that stops answering: "not sent" within 15 s, the text kept, nothing stored later, a retry stores once', async () => {
    const fields = message();
    const before = await stored(fields.sendKey);
    proxy.stall();
    const outcome = await press(sendReporterMessage, fields);
    expect(outcome.formError).toBe(MESSAGE_NOT_SENT);
    expect(outcome.values?.message).toBe(fields.message);
    expect(outcome.ms).toBeLessThan(PARENT_LIMIT_MS);
    proxy.resume();
    await untilQuiet(direct);
    expect(await stored(fields.sendKey)).toEqual(before);
    expect((await press(sendReporterMessage, fields)).ok).toBe(true);
    expect((await press(sendReporterMessage, fields)).ok).toBe(true);
    // One message under the key, with its one chronology entry.
    expect(await stored(fields.sendKey)).toEqual({ all: before.all + 2, this: 1 });
  }, 60_000);

  it('a server that stalls with the COMMIT in flight refuses it when it resumes after the parent was told', async () => {
    const fields = addition();
    const before = await stored(fields.sendKey);
    proxy.stallAt('to-server', 'COMMIT');
    const outcome = await press(addReporterInformation, fields);
    expect(outcome.formError).toBe(ADDITION_NOT_SENT);
    expect(outcome.ms).toBeLessThan(PARENT_LIMIT_MS);
    proxy.resume();
    await untilQuiet(direct);
    expect(await stored(fields.sendKey)).toEqual(before);
    expect((await press(addReporterInformation, fields)).ok).toBe(true);
    expect(await stored(fields.sendKey)).toEqual({ all: before.all + 1, this: 1 });
  }, 60_000);

  it('a lock nobody lets go: "not sent" within 15 s, nothing half-written', async () => {
    const fields = message();
    const before = await stored(fields.sendKey);
    await direct.query('BEGIN');
    try {
      await direct.query('SELECT 1 FROM "Concern" WHERE id = $1 FOR UPDATE', [concernId]);
      const outcome = await press(sendReporterMessage, fields);
      expect(outcome.formError).toBe(MESSAGE_NOT_SENT);
      expect(outcome.ms).toBeLessThan(PARENT_LIMIT_MS);
    } finally {
      await direct.query('ROLLBACK');
    }
    await untilQuiet(direct);
    expect(await stored(fields.sendKey)).toEqual(before);
  }, 60_000);
});
