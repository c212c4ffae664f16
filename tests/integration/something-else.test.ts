// Issue 22: every "something else" answer has its text box, checked on the server with limits, and kept
// only when "something else" is what the parent chose.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { saveAboutYou, saveWhatHappened } from '@/lib/reporting/journey-actions';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { summariseAnswers } from '@/lib/reporting/summarise-answers';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));

let world: ReportingWorld;
let otherHarm: string;

beforeAll(async () => {
  world = await makeReportingWorld();
  otherHarm = (
    await getDb().harmCategory.create({
      data: { slug: `other-${Date.now()}`, name: 'Something else', isOther: true },
    })
  ).id;
});
afterAll(() => closeRateLimits());

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
};

const whatHappened = { happened: 'THIS_WEEK', stillHappening: 'NO', childKnows: 'YES' };

describe('"something else" answers', () => {
  it('ask what happened when "something else" is a kind of harm chosen, within a limit', async () => {
    const missing = await saveWhatHappened({}, form({ ...whatHappened, harms: [otherHarm] }));
    expect(missing).toMatchObject({ fieldErrors: { harmOther: 'Enter what else happened' } });
    const long = await saveWhatHappened(
      {},
      form({ ...whatHappened, harms: [otherHarm], harmOther: 'x'.repeat(201) }),
    );
    expect(long).toMatchObject({
      fieldErrors: { harmOther: 'What else happened must be 200 characters or fewer' },
    });
  });

  it('ask how the parent knows the child when they chose "something else"', async () => {
    const missing = await saveAboutYou({}, form({ relationship: 'OTHER', contact: 'ANONYMOUS' }));
    expect(missing).toMatchObject({ fieldErrors: { relationshipOther: 'Enter how you know the child' } });
  });

  it('are stored and shown with the choice, and dropped when another choice was made', async () => {
    const token = await startJourney(
      completeAnswers(world, {
        harms: [world.harm.id, otherHarm],
        harmOther: 'Sent a scary video',
        relationship: 'OTHER',
        relationshipOther: 'Their childminder',
      }),
    );
    const sent = await submitConcern({
      token,
      partnershipId: world.partnership.id,
      honeypot: '',
      address: 'a',
    });
    if (sent.kind !== 'sent') throw new Error('not sent');
    const concern = await getDb().concern.findUniqueOrThrow({ where: { reference: sent.reference } });
    expect(concern).toMatchObject({
      harmOther: 'Sent a scary video',
      relationshipOther: 'Their childminder',
    });

    const rows = await summariseAnswers(
      completeAnswers(world, {
        harms: [otherHarm],
        harmOther: 'Sent a scary video',
        relationship: 'OTHER',
        relationshipOther: 'Their childminder',
      }),
      world.partnership.id,
    );
    const row = (key: string) => rows.find((r) => r.key === key)?.value;
    expect(row('What happened')).toBe('Something else: Sent a scary video');
    expect(row('How you know the child')).toBe('Something else: Their childminder');

    const dropped = await startJourney(
      completeAnswers(world, { harmOther: 'Left behind', relationshipOther: 'Left behind too' }),
    );
    const second = await submitConcern({
      token: dropped,
      partnershipId: world.partnership.id,
      honeypot: '',
      address: 'b',
    });
    if (second.kind !== 'sent') throw new Error('not sent');
    expect(await getDb().concern.findUniqueOrThrow({ where: { reference: second.reference } })).toMatchObject(
      { harmOther: null, relationshipOther: null },
    );
  });
});
