// The operator's service health figures: exact counts from seeded rows, and nothing that names a person,
// a concern or an email's content.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { enqueueEmail } from '@/lib/outbox/enqueue-email';
import { getServiceHealth } from '@/lib/operator/get-service-health';
import { makeStaff } from '../../support/delivery';
import { makeConcern, makePartnership, makeSchool } from '../../support/factories';

const NOW = new Date('2026-11-20T12:00:00Z');
const LAST_MONTH = new Date('2026-10-15T12:00:00Z');
const THIS_MONTH = new Date('2026-11-02T09:00:00Z');

async function queue(
  partnershipId: string | null,
  n: number,
  status: 'PENDING' | 'SENDING' | 'DEAD',
  at: Date,
) {
  for (let i = 0; i < n; i += 1) {
    const messageId = `<health.${status}.${partnershipId}.${i}.${at.getTime()}@test>`;
    await getDb().$transaction((tx) =>
      enqueueEmail(tx, {
        kind: 'concern.new',
        to: 'secret.person@school.example',
        subject: 'Subject line marker',
        text: 'Body marker',
        html: '<p>Body marker</p>',
        messageId,
        partnershipId,
      }),
    );
    await getDb().outboxEmail.update({ where: { messageId }, data: { status, createdAt: at } });
  }
}

describe('the service health figures', () => {
  it('counts each partnership’s schools, staff, concerns and dead email, and the queue', async () => {
    const a = await makePartnership({ name: 'Alpha Partnership' });
    const b = await makePartnership({ name: 'Beta Partnership' });
    const school = await makeSchool(a.id);
    await makeSchool(a.id);
    await makeSchool(a.id, { active: false });
    await makeStaff(a.id, 'DSL', school.id);
    await makeStaff(a.id, 'ADMIN');
    await makeStaff(a.id, 'ADMIN', null, false); // deactivated: not counted
    await makeStaff(b.id, 'FRONT_DOOR');
    const secret = await makeConcern({ partnershipId: a.id, submittedAt: THIS_MONTH });
    await makeConcern({ partnershipId: a.id, submittedAt: LAST_MONTH });
    await makeConcern({
      partnershipId: a.id,
      submittedAt: LAST_MONTH,
      status: 'CLOSED',
      closedAt: THIS_MONTH,
    });
    await makeConcern({
      partnershipId: a.id,
      submittedAt: LAST_MONTH,
      status: 'CLOSED',
      closedAt: LAST_MONTH,
    });
    await makeConcern({ partnershipId: b.id, submittedAt: THIS_MONTH });
    await queue(a.id, 2, 'DEAD', THIS_MONTH);
    await queue(b.id, 1, 'DEAD', THIS_MONTH);
    await queue(null, 1, 'DEAD', THIS_MONTH);
    await queue(a.id, 3, 'PENDING', new Date(NOW.getTime() - 90 * 60_000));
    await queue(b.id, 1, 'PENDING', new Date(NOW.getTime() - 5 * 60_000));
    await queue(b.id, 1, 'SENDING', NOW);

    const health = await getServiceHealth(NOW);

    expect(health.emailQueue).toEqual({ pending: 4, sending: 1, dead: 4, oldestPendingMinutes: 90 });
    expect(health.serviceDeadLetters).toBe(1);
    const byName = Object.fromEntries(health.partnerships.map(({ id: _, ...p }) => [p.name, p]));
    expect(byName['Alpha Partnership']).toEqual({
      name: 'Alpha Partnership',
      schools: 2,
      staffMemberships: 2,
      openConcerns: 2,
      receivedThisMonth: 1,
      closedThisMonth: 1,
      deadLetters: 2,
    });
    expect(byName['Beta Partnership']).toMatchObject({
      schools: 0,
      staffMemberships: 1,
      openConcerns: 1,
      receivedThisMonth: 1,
      closedThisMonth: 0,
      deadLetters: 1,
    });

    const text = JSON.stringify(health);
    for (const secretText of [
      secret.reference,
      secret.description,
      'secret.person',
      'school.example',
      'Subject line marker',
      'Body marker',
      'Test Staff',
      school.name,
    ]) {
      expect(text).not.toContain(secretText);
    }
  });
});
