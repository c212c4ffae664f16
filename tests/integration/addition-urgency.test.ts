// Issue 22 item 6: urgent words in something a parent adds later may make the case urgent, under the same
// rules as a report (lib/reporting/urgency-rules.ts), in the transaction that stores the addition.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { addInformation } from '@/lib/follow-up/add-information';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { makeReportingWorld, type ReportingWorld } from '../support/report-fixtures';

let world: ReportingWorld;
let threatened: string;
let count = 0;

beforeAll(async () => {
  world = await makeReportingWorld();
  threatened = (
    await getDb().harmCategory.upsert({
      where: { slug: 'threatened' },
      update: {},
      create: { slug: 'threatened', name: 'Was threatened or blackmailed' },
    })
  ).id;
});
afterAll(() => closeRateLimits());

async function concernWith(harmIds: string[]) {
  count += 1;
  return getDb().concern.create({
    data: {
      reference: `ADDU-${String(count).padStart(4, '0')}`,
      receiptHash: 'x',
      partnershipId: world.partnership.id,
      schoolId: world.school.id,
      route: 'SCHOOL',
      happened: 'THIS_WEEK',
      stillHappening: 'NOT_SURE',
      childKnows: 'YES',
      description: 'A concern.',
      reporterRelationship: 'PARENT_OR_CARER',
      harms: { create: harmIds.map((harmCategoryId) => ({ harmCategoryId })) },
    },
  });
}

const events = (concernId: string) =>
  getDb().concernEvent.findMany({ where: { concernId }, orderBy: { id: 'asc' } });

describe('a parent adds information', () => {
  it('makes the case urgent, with the reason and a chronology entry, when the words complete a rule', async () => {
    const concern = await concernWith([threatened]);
    await addInformation(concern.id, {
      text: 'He is now asking her to send nudes or he will share the chat.',
      sendKey: randomUUID(),
    });
    const after = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(after.urgent).toBe(true);
    expect(after.urgencyReasons).toEqual(['sextortion']);
    const kinds = (await events(concern.id)).map((e) => e.kind);
    expect(kinds).toEqual(['REPORTER_ADDED_INFORMATION', 'MARKED_URGENT']);
    const marked = (await events(concern.id)).at(-1);
    expect(marked?.summary).toContain('Possible sextortion');
    expect(marked?.actorId).toBeNull();
  });

  it('makes the case urgent when the parent says the child is in danger now', async () => {
    const concern = await concernWith([]);
    await addInformation(concern.id, { text: 'She is going to meet him tonight.', sendKey: randomUUID() });
    const after = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(after.urgent).toBe(true);
    expect(after.urgencyReasons).toEqual(['danger-now']);
  });

  it('leaves the case as it was when no rule matches', async () => {
    const concern = await concernWith([world.harm.id]);
    await addInformation(concern.id, {
      text: 'A second account has now contacted her.',
      sendKey: randomUUID(),
    });
    const after = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(after.urgent).toBe(false);
    expect(after.urgencyReasons).toEqual([]);
    expect((await events(concern.id)).map((e) => e.kind)).toEqual(['REPORTER_ADDED_INFORMATION']);
  });

  it('adds no second entry when the case is already urgent for that reason', async () => {
    const concern = await concernWith([threatened]);
    await addInformation(concern.id, { text: 'He wants nude pictures now.', sendKey: randomUUID() });
    await addInformation(concern.id, { text: 'She told me he wants nudes.', sendKey: randomUUID() });
    const kinds = (await events(concern.id)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'MARKED_URGENT')).toHaveLength(1);
  });
});
