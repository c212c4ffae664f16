// When the parent writes (a message, or something added to their report), the case's team is told: no
// content, at most one notification per case per hour. The other direction (the team writes, a parent who
// gave an email is told) still works. And a double press, or a resend after a network failure, stores one
// write.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { messageReporter } from '@/lib/cases/message-reporter';
import { getDb } from '@/lib/db';
import { addReporterInformation, sendReporterMessage } from '@/lib/follow-up/follow-up-actions';
import { startReporterSession } from '@/lib/follow-up/reporter-session';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-address';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const TEAM_NOTIFICATION = 'concern.reporter-wrote';
const HOUR = 60 * 60 * 1000;

let dsl: SessionUser;
let deputy: SessionUser;
let assignee: SessionUser;
let otherSchoolDsl: SessionUser;
let concern: { id: string; reference: string; version: number };
let addressCount = 0;

beforeEach(async () => {
  const p = await makePartnership({ frontDoorEmail: 'front-door@example.test' });
  const school = await makeSchool(p.id);
  const other = await makeSchool(p.id);
  dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school.id }], 'Priya');
  deputy = await makeStaff(p.id, [{ role: 'DEPUTY_DSL', schoolId: school.id }], 'Tom');
  assignee = await makeStaff(p.id, [{ role: 'FRONT_DOOR' }], 'Asha');
  otherSchoolDsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: other.id }], 'Grace');
  concern = await makeConcern({
    partnershipId: p.id,
    schoolId: school.id,
    route: 'SCHOOL',
    reporterEmail: 'parent@example.com',
    assignedToId: assignee.id,
  });
  await signInAsReporter(concern.id);
});
afterAll(() => closeRateLimits());

async function signInAsReporter(concernId: string) {
  request.cookies.set('report_check', await startReporterSession(concernId));
  // A fresh address per test, so the write throttle never decides a test.
  addressCount += 1;
  request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: `198.51.100.${addressCount}` });
}

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};
const message = (text: string, sendKey = randomUUID()) =>
  sendReporterMessage({}, form({ message: text, sendKey }));
const information = (text: string, sendKey = randomUUID()) =>
  addReporterInformation({}, form({ information: text, sendKey }));

const teamNotifications = () =>
  getDb().outboxEmail.findMany({
    where: { concernId: concern.id, kind: TEAM_NOTIFICATION },
    orderBy: { nextAttemptAt: 'asc' },
  });

describe('the team is told when the parent writes', () => {
  it('notifies the DSL, the deputies and the assigned person, with the reference and no content', async () => {
    expect(await message('A second account has now contacted her.')).toMatchObject({ ok: true });
    const notifications = await teamNotifications();
    expect(notifications.map((a) => a.toAddress).sort()).toEqual(
      [dsl.email, deputy.email, assignee.email].sort(),
    );
    for (const notification of notifications) {
      expect(notification.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
      expect(notification.subject).toContain(concern.reference);
      expect(notification.textBody).toContain(concern.reference);
      for (const body of [notification.subject, notification.textBody, notification.htmlBody])
        expect(body).not.toContain('second account');
    }
    expect(notifications.map((a) => a.toAddress)).not.toContain(otherSchoolDsl.email);
    // The parent is not emailed about their own message.
    expect(await getDb().outboxEmail.count({ where: { toAddress: 'parent@example.com' } })).toBe(0);
  });

  it('notifies the team when the parent adds information too', async () => {
    expect(await information('She has been sent a new friend request.')).toMatchObject({ ok: true });
    const notifications = await teamNotifications();
    expect(notifications).toHaveLength(3);
    for (const notification of notifications) expect(notification.textBody).not.toContain('friend request');
  });

  it('notifies the front door for a front-door case', async () => {
    const frontDoorCase = await makeConcern({
      partnershipId: (await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } })).partnershipId,
      route: 'FRONT_DOOR',
    });
    concern = frontDoorCase;
    await signInAsReporter(frontDoorCase.id);
    await message('Something new happened.');
    const addresses = (await teamNotifications()).map((a) => a.toAddress).sort();
    expect(addresses).toEqual([assignee.email, 'front-door@example.test'].sort());
  });

  it('sends at most one notification per case per hour: later writes wait for one notification an hour on', async () => {
    await message('First.');
    const [first] = await teamNotifications();
    // The worker sends the first notification.
    await getDb().outboxEmail.updateMany({
      where: { concernId: concern.id, kind: TEAM_NOTIFICATION },
      data: { status: 'SENT', sentAt: new Date() },
    });
    await message('Second.');
    await information('Third.');
    await message('Fourth.');
    const notifications = await teamNotifications();
    expect(notifications).toHaveLength(6); // the three sent, and one waiting for each person
    const waiting = notifications.filter((a) => a.status === 'PENDING');
    expect(waiting).toHaveLength(3);
    for (const notification of waiting) {
      expect(notification.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(
        first!.createdAt.getTime() + HOUR - 1000,
      );
      expect(notification.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + HOUR);
    }
    expect(await getDb().message.count({ where: { concernId: concern.id } })).toBe(3);
  });

  it('folds writes into a notification not yet sent', async () => {
    await message('First.');
    await message('Second.');
    expect(await teamNotifications()).toHaveLength(3);
  });

  it('still tells a parent who gave an email that the school replied, and does not notify the team', async () => {
    const current = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    await messageReporter(dsl, {
      reference: current.reference,
      version: current.version,
      body: 'Could you tell us when this started?',
    });
    const toParent = await getDb().outboxEmail.findMany({
      where: { concernId: concern.id, kind: 'reporter.new-message' },
    });
    expect(toParent.map((e) => e.toAddress)).toEqual(['parent@example.com']);
    expect(toParent[0]?.textBody).not.toContain('when this started');
    expect(await teamNotifications()).toHaveLength(0);
  });
});

describe('a write is stored once per send key', () => {
  it('stores one message when the same form is sent twice', async () => {
    const key = randomUUID();
    expect(await message('Please call me.', key)).toMatchObject({ ok: true });
    expect(await message('Please call me.', key)).toMatchObject({ ok: true });
    expect(await getDb().message.count({ where: { concernId: concern.id } })).toBe(1);
    expect(
      await getDb().concernEvent.count({
        where: { concernId: concern.id, kind: 'MESSAGE_FROM_REPORTER' },
      }),
    ).toBe(1);
    expect(await teamNotifications()).toHaveLength(3);
  });

  it('stores both presses of a double click, sent at once, as one message', async () => {
    const key = randomUUID();
    await Promise.all([message('Sent twice at once.', key), message('Sent twice at once.', key)]);
    expect(await getDb().message.count({ where: { concernId: concern.id } })).toBe(1);
  });

  it('stores added information once per key, and a new key as a new write', async () => {
    const key = randomUUID();
    await information('She deleted the app.', key);
    await information('She deleted the app.', key);
    await information('She deleted the app.');
    expect(
      await getDb().concernEvent.count({
        where: { concernId: concern.id, kind: 'REPORTER_ADDED_INFORMATION' },
      }),
    ).toBe(2);
  });

  it('refuses a form without a send key', async () => {
    const result = await sendReporterMessage({}, form({ message: 'No key.' }));
    expect(result.ok).not.toBe(true);
    expect(await getDb().message.count({ where: { concernId: concern.id } })).toBe(0);
  });
});
