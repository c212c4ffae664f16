import { describe, expect, it } from 'vitest';
import { newReference } from '@/lib/concerns/codes';
import { getDb } from '@/lib/db';
import { escalateUnopenedConcerns } from '@/lib/escalation/escalate-unopened-concerns';
import { sendDailyDigests } from '@/lib/escalation/send-daily-digests';
import { makeArea, makeStaff, submitConcern } from '../support/delivery';

const MIN = 60_000;
const escalationsOf = (concernId: string) =>
  getDb().outboxEmail.findMany({ where: { concernId, kind: 'concern.escalation' } });
const events = (concernId: string) =>
  getDb().concernEvent.findMany({ where: { concernId, kind: 'ESCALATED' } });

describe('escalation of unopened concerns', () => {
  it('escalates an urgent concern after an hour, once, to the front door and the deputies', async () => {
    const area = await makeArea();
    const submittedAt = new Date('2026-11-24T10:00:00Z'); // a Tuesday
    const concern = await submitConcern(area, { urgent: true, submittedAt });
    const t = (minutes: number) => new Date(submittedAt.getTime() + minutes * MIN);

    expect(await escalateUnopenedConcerns(getDb(), t(59))).not.toContain(concern.reference);
    expect(await events(concern.id)).toHaveLength(0);

    expect(await escalateUnopenedConcerns(getDb(), t(61))).toContain(concern.reference);
    const emails = await escalationsOf(concern.id);
    expect(emails.map((e) => e.toAddress).sort()).toEqual(
      [area.deputy.email, area.frontDoor.email, area.partnership.frontDoorEmail].sort(),
    );
    expect(emails[0]?.subject).toBe(
      `URGENT: Nobody has opened a safeguarding concern for ${area.school.name} (reference ${concern.reference})`,
    );
    expect(emails[0]?.textBody).toContain('1 hour');
    const [event] = await events(concern.id);
    expect(event?.at).toEqual(t(61));
    expect((await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } })).escalatedAt).toEqual(
      t(61),
    );

    // Later ticks, and two workers at once, do not escalate it again.
    await Promise.all([escalateUnopenedConcerns(getDb(), t(120)), escalateUnopenedConcerns(getDb(), t(120))]);
    expect(await events(concern.id)).toHaveLength(1);
    expect(await escalationsOf(concern.id)).toHaveLength(3);
  });

  it('does not escalate a concern once someone has opened it', async () => {
    const area = await makeArea();
    const submittedAt = new Date('2026-11-24T10:00:00Z');
    const concern = await submitConcern(area, { urgent: true, submittedAt });
    await getDb().concern.update({
      where: { id: concern.id },
      data: { firstOpenedAt: new Date(submittedAt.getTime() + 30 * MIN) },
    });
    await escalateUnopenedConcerns(getDb(), new Date(submittedAt.getTime() + 24 * 60 * MIN));
    expect(await events(concern.id)).toHaveLength(0);
    expect(await escalationsOf(concern.id)).toHaveLength(0);
  });

  it('waits one school day for other concerns, not counting the weekend', async () => {
    const area = await makeArea();
    const friday = new Date('2026-11-27T16:00:00Z');
    const concern = await submitConcern(area, { submittedAt: friday });
    await escalateUnopenedConcerns(getDb(), new Date('2026-11-30T15:59:00Z')); // Monday, before the deadline
    expect(await events(concern.id)).toHaveLength(0);
    await escalateUnopenedConcerns(getDb(), new Date('2026-11-30T16:01:00Z'));
    expect(await events(concern.id)).toHaveLength(1);
    const [email] = await escalationsOf(concern.id);
    expect(email?.subject.startsWith('Nobody has opened')).toBe(true);
    expect(email?.textBody).toContain('1 school day');
  });

  it('does not count Christmas, the substitute Boxing Day or the weekend as school days', async () => {
    const area = await makeArea();
    // Friday 24 December 2027, 16:00; the bank holidays (27 and 28 December) come from the migration.
    const concern = await submitConcern(area, { submittedAt: new Date('2027-12-24T16:00:00Z') });
    await escalateUnopenedConcerns(getDb(), new Date('2027-12-28T17:00:00Z'));
    expect(await events(concern.id)).toHaveLength(0);
    await escalateUnopenedConcerns(getDb(), new Date('2027-12-29T16:01:00Z'));
    expect(await events(concern.id)).toHaveLength(1);
  });

  it('does not count the partnership’s half term, and other partnerships keep their own calendar', async () => {
    const area = await makeArea();
    const other = await makeArea();
    await getDb().termDate.createMany({
      data: [
        {
          partnershipId: area.partnership.id,
          name: 'Spring 1',
          startsOn: new Date('2028-01-04'),
          endsOn: new Date('2028-02-11'),
        },
        {
          partnershipId: area.partnership.id,
          name: 'Spring 2',
          startsOn: new Date('2028-02-21'),
          endsOn: new Date('2028-03-31'),
        },
      ],
    });
    const friday = new Date('2028-02-11T10:00:00Z'); // the last day before half term
    const concern = await submitConcern(area, { submittedAt: friday });
    const elsewhere = await submitConcern(other, { submittedAt: friday });
    await escalateUnopenedConcerns(getDb(), new Date('2028-02-16T12:00:00Z'));
    expect(await events(concern.id)).toHaveLength(0);
    expect(await events(elsewhere.id)).toHaveLength(1);
    await escalateUnopenedConcerns(getDb(), new Date('2028-02-21T10:01:00Z'));
    expect(await events(concern.id)).toHaveLength(1);
  });

  it('follows the partnership’s own thresholds', async () => {
    const area = await makeArea();
    await getDb().partnership.update({
      where: { id: area.partnership.id },
      data: { escalateUrgentAfterMinutes: 15 },
    });
    const submittedAt = new Date('2026-11-24T10:00:00Z');
    const concern = await submitConcern(area, { urgent: true, submittedAt });
    await escalateUnopenedConcerns(getDb(), new Date(submittedAt.getTime() + 16 * MIN));
    expect(await events(concern.id)).toHaveLength(1);
  });
});

describe('escalation under a flood of reports', () => {
  /** `count` unopened concerns of one partnership, cheaply (no routing): the junk an attacker can send. */
  async function flood(partnershipId: string, count: number, submittedAt: Date) {
    await getDb().concern.createMany({
      data: Array.from({ length: count }, () => ({
        reference: newReference(),
        receiptHash: 'not-a-real-hash',
        partnershipId,
        route: 'FRONT_DOOR' as const,
        happened: 'THIS_WEEK' as const,
        stillHappening: 'NOT_SURE' as const,
        childKnows: 'YES' as const,
        childAge: 9,
        description: 'junk',
        reporterRelationship: 'PARENT_OR_CARER' as const,
        submittedAt,
      })),
    });
  }

  it('escalates an urgent concern on time behind 600 older reports that are not due yet', async () => {
    const area = await makeArea();
    const now = new Date('2026-11-24T12:00:00Z'); // a Tuesday
    // Sent an hour before the urgent one; one school day for each, so none is due at `now`.
    await flood(area.partnership.id, 600, new Date(now.getTime() - 120 * MIN));
    const urgent = await submitConcern(area, {
      urgent: true,
      submittedAt: new Date(now.getTime() - 61 * MIN),
    });

    expect(await escalateUnopenedConcerns(getDb(), now)).toEqual([urgent.reference]);
    expect(await events(urgent.id)).toHaveLength(1);
  });

  it('escalates a due concern of one partnership behind 600 not-yet-due reports of another', async () => {
    const flooded = await makeArea();
    const quiet = await makeArea();
    // Weeks after the other tests' concerns, so only this test's are within the look-back.
    const now = new Date('2027-01-14T12:00:00Z'); // a Thursday
    await flood(flooded.partnership.id, 600, new Date('2027-01-12T08:00:00Z'));
    await getDb().partnership.update({
      where: { id: flooded.partnership.id },
      data: { escalateAfterSchoolDays: 5 },
    });
    const due = await submitConcern(quiet, { submittedAt: new Date('2027-01-13T09:00:00Z') });

    expect(await escalateUnopenedConcerns(getDb(), now)).toEqual([due.reference]);
  });
});

describe('the daily digest', () => {
  it('lists the references of unopened concerns to those who asked, at most once a day', async () => {
    const area = await makeArea();
    await getDb().staffUser.update({ where: { id: area.dsl.id }, data: { dailyDigest: true } });
    const other = await makeStaff(area.partnership.id, 'DSL', null);
    await getDb().staffUser.update({ where: { id: other.id }, data: { dailyDigest: true } });
    const now = new Date('2026-11-25T07:00:00Z');
    const waiting = await submitConcern(area, {
      submittedAt: new Date('2026-11-24T10:00:00Z'),
      urgent: true,
    });
    const opened = await submitConcern(area, {
      submittedAt: new Date('2026-11-24T11:00:00Z'),
      firstOpenedAt: now,
    });

    await sendDailyDigests(getDb(), now);
    const digests = await getDb().outboxEmail.findMany({
      where: { kind: 'staff.daily-digest', toAddress: area.dsl.email },
    });
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe('1 safeguarding concern not opened yet');
    expect(digests[0]?.textBody).toContain(waiting.reference);
    expect(digests[0]?.textBody).not.toContain(opened.reference);
    expect(digests[0]?.textBody).toContain('1 of them urgent');
    // Nothing waiting for them (no school): no email.
    expect(await getDb().outboxEmail.count({ where: { toAddress: other.email } })).toBe(0);

    await sendDailyDigests(getDb(), new Date(now.getTime() + 60 * MIN));
    expect(
      await getDb().outboxEmail.count({ where: { kind: 'staff.daily-digest', toAddress: area.dsl.email } }),
    ).toBe(1);
    await sendDailyDigests(getDb(), new Date(now.getTime() + 24 * 60 * MIN));
    expect(
      await getDb().outboxEmail.count({ where: { kind: 'staff.daily-digest', toAddress: area.dsl.email } }),
    ).toBe(2);
  });
});
