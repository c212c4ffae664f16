// National early warning: the partnerships' own spike test, read across the deployment. A platform that
// rose in several areas in the same fortnight is shown to the service operator, with the number of areas
// only: never a partnership's counts, and never a rise in one area alone.
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { findNationalRises } from '@/lib/trends/find-national-rises';
import {
  getNationalEarlyWarning,
  nationalEarlyWarningSchema,
  saveNationalEarlyWarning,
} from '@/lib/trends/national-early-warning-setting';
import { notifyNationalRises } from '@/lib/trends/notify-national-rises';
import { windowStartFor } from '@/lib/trends/run-early-warning';
import { makePartnership } from '../support/factories';

const NOW = new Date('2026-11-25T09:00:00Z');
const DAY = 86_400_000;
const unique = () => randomBytes(3).toString('hex');

async function platform(name: string) {
  return getDb().platform.create({ data: { slug: `p-${unique()}`, name: `${name} ${unique()}` } });
}

async function flag(partnershipId: string, subjectKey: string, windowStart: Date, kind = 'PLATFORM_RISE') {
  await getDb().trendFlag.create({
    data: {
      partnershipId,
      kind: kind as 'PLATFORM_RISE',
      subjectKey,
      subjectName: 'x',
      windowStart,
      observed: 12,
      expected: 3,
      pValue: 0.001,
    },
  });
}

beforeEach(async () => {
  await getDb().trendFlag.deleteMany();
});

describe('national early warning', () => {
  it('names a platform that rose in two or more areas this fortnight, with the number of areas', async () => {
    const [a, b, c] = [await makePartnership(), await makePartnership(), await makePartnership()];
    const chat = await platform('Chat');
    const game = await platform('Game');
    const window = windowStartFor(NOW);
    await flag(a.id, chat.id, window);
    await flag(b.id, chat.id, window);
    // The fortnight before still counts as "at once" with this one.
    await flag(c.id, chat.id, new Date(window.getTime() - 7 * DAY));
    // One area alone is that partnership's own warning, not a national one.
    await flag(a.id, game.id, window);
    const rises = await findNationalRises(NOW);
    expect(rises).toEqual([{ platformId: chat.id, platformName: chat.name, areas: 3 }]);
    // Nothing of a partnership's own figures or name goes with it.
    expect(JSON.stringify(rises)).not.toMatch(/observed|expected|Test Partnership/);
  });

  it('ignores old rises, harm rises, and a partnership flagged twice', async () => {
    const [a, b] = [await makePartnership(), await makePartnership()];
    const chat = await platform('Chat');
    const window = windowStartFor(NOW);
    await flag(a.id, chat.id, new Date(window.getTime() - 60 * DAY));
    await flag(b.id, chat.id, window);
    await flag(a.id, chat.id, new Date(window.getTime() - 7 * DAY));
    await flag(a.id, chat.id, window);
    expect(await findNationalRises(NOW)).toEqual([
      { platformId: chat.id, platformName: chat.name, areas: 2 },
    ]);
    await getDb().trendFlag.deleteMany();
    await flag(a.id, chat.id, window, 'HARM_RISE');
    await flag(b.id, chat.id, window, 'HARM_RISE');
    expect(await findNationalRises(NOW)).toEqual([]);
  });
});

async function person(role: 'PARTNERSHIP_STAFF' | 'DSL', partnershipId: string, active = true) {
  return getDb().staffUser.create({
    data: {
      email: `n${unique()}@example.org`,
      name: 'Trends Person',
      active,
      memberships: { create: { partnershipId, role } },
    },
  });
}

async function operator() {
  const user = await getDb().staffUser.create({
    data: { email: `op${unique()}@example.org`, name: 'Operator' },
  });
  await getDb().serviceOperator.create({ data: { userId: user.id } });
  return user;
}

describe('national early warning by email', () => {
  beforeEach(async () => {
    await getDb().nationalRiseNotice.deleteMany();
    await getDb().serviceOperator.deleteMany();
  });

  const mailTo = (address: string) => getDb().outboxEmail.findMany({ where: { toAddress: address } });

  it('tells the operator and the trends staff of partnerships that opted in, once per rise', async () => {
    const optedIn = await makePartnership({ nationalEarlyWarning: true, name: `Opted In ${unique()}` });
    const [a, b] = [await makePartnership(), await makePartnership({ name: `Rising Area ${unique()}` })];
    const chat = await platform('Chat');
    const window = windowStartFor(NOW);
    await flag(a.id, chat.id, window);
    await flag(b.id, chat.id, window);
    const op = await operator();
    const told = await person('PARTNERSHIP_STAFF', optedIn.id);
    const notOptedIn = await person('PARTNERSHIP_STAFF', a.id);
    const dsl = await person('DSL', optedIn.id);
    const left = await person('PARTNERSHIP_STAFF', optedIn.id, false);

    expect(await notifyNationalRises(NOW)).toEqual({ noticed: 1 });

    const [toOperator] = await mailTo(op.email);
    const [toStaff] = await mailTo(told.email);
    expect(toOperator?.partnershipId).toBeNull();
    expect(toStaff?.partnershipId).toBe(optedIn.id);
    for (const mail of [toOperator, toStaff]) {
      expect(mail?.textBody).toContain(chat.name);
      expect(mail?.textBody).toMatch(/2 areas/);
      // Counts of areas only: no partnership named, no partnership's own figures.
      expect(mail?.textBody).not.toMatch(/Rising Area|Opted In|Test Partnership|observed|expected/);
    }
    expect(await mailTo(notOptedIn.email)).toEqual([]);
    expect(await mailTo(dsl.email)).toEqual([]);
    expect(await mailTo(left.email)).toEqual([]);

    // The job runs every hour: the same rise is told once.
    expect(await notifyNationalRises(new Date(NOW.getTime() + 3_600_000))).toEqual({ noticed: 0 });
    expect(await mailTo(told.email)).toHaveLength(1);
  });

  it('tells an opted-in partnership that the rise is in its own area too', async () => {
    const [a, b] = [await makePartnership({ nationalEarlyWarning: true }), await makePartnership()];
    const chat = await platform('Chat');
    await flag(a.id, chat.id, windowStartFor(NOW));
    await flag(b.id, chat.id, windowStartFor(NOW));
    const inA = await person('PARTNERSHIP_STAFF', a.id);
    await notifyNationalRises(NOW);
    const [mail] = await mailTo(inA.email);
    expect(mail?.textBody).toMatch(/your area is one of them/i);
  });
});

describe('opting in to the national early warning', () => {
  it('is off by default, changes only the administrator’s own partnership, and is audited', async () => {
    const [mine, other] = [await makePartnership(), await makePartnership()];
    const actor = await getDb().staffUser.create({ data: { email: `a${unique()}@example.org`, name: 'A' } });
    expect(await getNationalEarlyWarning(mine.id)).toBe(false);
    const input = nationalEarlyWarningSchema.parse({ nationalEarlyWarning: 'yes' });
    await saveNationalEarlyWarning(actor.id, mine.id, input.nationalEarlyWarning);
    expect(await getNationalEarlyWarning(mine.id)).toBe(true);
    expect(await getNationalEarlyWarning(other.id)).toBe(false);
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'partnership.national-early-warning.update', subjectId: mine.id },
    });
    expect(audit).toMatchObject({ partnershipId: mine.id, actorId: actor.id, detail: { on: true } });
    expect(nationalEarlyWarningSchema.safeParse({ nationalEarlyWarning: 'maybe' }).success).toBe(false);
    expect(
      nationalEarlyWarningSchema.safeParse({ nationalEarlyWarning: 'yes', partnershipId: other.id }).success,
    ).toBe(false);
  });
});
