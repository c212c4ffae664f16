import { describe, expect, it } from 'vitest';
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
