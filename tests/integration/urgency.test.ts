import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSummaryRows, reporterAccountRows } from '@/lib/cases/case-record-rows';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { getDb } from '@/lib/db';
import { escalateUnopenedConcerns } from '@/lib/escalation/escalate-unopened-concerns';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { getConfirmationFor } from '@/lib/reporting/get-confirmation';
import { listUrgencyRules } from '@/lib/reporting/list-urgency-rules';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { summariseAnswers } from '@/lib/reporting/summarise-answers';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';
import { makeStaff } from '../support/case-staff';

let world: ReportingWorld;
let threatened: string;
let askedForImages: string;
let addressCount = 0;

beforeAll(async () => {
  world = await makeReportingWorld();
  const harm = (slug: string, name: string) =>
    getDb().harmCategory.upsert({ where: { slug }, update: {}, create: { slug, name } });
  threatened = (await harm('threatened', 'Was threatened or blackmailed')).id;
  askedForImages = (await harm('asked-for-images', 'Was asked to send pictures or videos of themselves')).id;
});
afterAll(() => closeRateLimits());

async function send(overrides: Parameters<typeof completeAnswers>[1]) {
  const token = await startJourney(completeAnswers(world, overrides));
  const outcome = await submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: '',
    address: `198.51.100.${(addressCount += 1)}`,
  });
  if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
  const concern = await getDb().concern.findUniqueOrThrow({ where: { reference: outcome.reference } });
  return { outcome, concern };
}

describe('urgency rules at sending', () => {
  it('makes sextortion in progress urgent, with its reason, though nobody said "in danger right now"', async () => {
    const { outcome, concern } = await send({
      urgent: false,
      harms: [threatened, askedForImages],
      stillHappening: 'YES',
    });
    expect(concern.urgent).toBe(true);
    expect(concern.urgencyReasons).toEqual(['sextortion', 'images-asked-still-happening']);
    // The parent's confirmation knows it was urgent, to say what to do out of hours.
    expect(await getConfirmationFor(outcome.token)).toMatchObject({ urgent: true });

    // Escalated after the partnership's urgent minutes, not after a school day.
    const minutes = world.partnership.escalateUrgentAfterMinutes;
    const justAfter = new Date(concern.submittedAt.getTime() + (minutes + 1) * 60_000);
    expect(await escalateUnopenedConcerns(getDb(), justAfter)).toContain(concern.reference);

    // The DSL reads why it is urgent.
    const dsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: world.school.id }]);
    const record = await readCaseRecord(dsl, concern.reference, 'view');
    if (!record) throw new Error('expected the DSL to see the case');
    expect(caseSummaryRows(record).find((row) => row.label === 'Urgent')?.value).toBe(
      'Yes. Urgent because: Possible sextortion: the child was threatened or blackmailed and was asked for ' +
        'pictures or videos of themselves. The child was asked for pictures or videos of themselves, and it ' +
        'is still happening.',
    );
  });

  it('keeps a report with no matching rule not urgent', async () => {
    const { outcome, concern } = await send({ urgent: false, harms: [world.harm.id], stillHappening: 'YES' });
    expect(concern.urgent).toBe(false);
    expect(concern.urgencyReasons).toEqual([]);
    expect(await getConfirmationFor(outcome.token)).toMatchObject({ urgent: false });
  });

  it('still makes "in danger right now" urgent', async () => {
    const { concern } = await send({ urgent: true });
    expect(concern.urgent).toBe(true);
    expect(concern.urgencyReasons).toEqual(['danger-now']);
  });
});

describe('an adult asking for images, and a request to meet in person (issue 22 item 4)', () => {
  it('stores the answer and makes the report urgent with both reasons, though it has stopped', async () => {
    const askedToMeet = (
      await getDb().harmCategory.upsert({
        where: { slug: 'asked-to-meet' },
        update: {},
        create: { slug: 'asked-to-meet', name: 'Someone asked to meet them in person' },
      })
    ).id;
    const answers = {
      urgent: false,
      harms: [askedForImages, askedToMeet],
      stillHappening: 'NO',
      personWasAdult: 'YES',
    };
    // "Check your answers" shows the answer, with its Change link.
    expect(
      (await summariseAnswers(completeAnswers(world, answers), world.partnership.id)).find((r) =>
        r.key.includes('adult'),
      ),
    ).toEqual({
      key: 'Do you think the person was an adult?',
      value: 'Yes',
      href: '/report/what-happened',
    });
    const { concern } = await send(answers);
    expect(concern.personWasAdult).toBe('YES');
    expect(concern.urgent).toBe(true);
    expect(concern.urgencyReasons).toEqual(['adult-asked-for-images', 'asked-to-meet']);

    const dsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: world.school.id }]);
    const record = await readCaseRecord(dsl, concern.reference, 'view');
    if (!record) throw new Error('expected the DSL to see the case');
    expect(
      reporterAccountRows(record).find((row) => row.label === 'Person thought to be an adult')?.value,
    ).toBe('Yes');
    expect(caseSummaryRows(record).find((row) => row.label === 'Urgent')?.value).toContain(
      'The parent thinks an adult asked the child for pictures or videos of themselves.',
    );
    const rule = (await listUrgencyRules()).find((r) => r.id === 'asked-to-meet');
    expect(rule).toMatchObject({ harmNames: ['Someone asked to meet them in person'], missingSlugs: [] });
  });

  it('keeps a skipped question empty, and another child asking to meet once not urgent', async () => {
    const meet = await getDb().harmCategory.findUniqueOrThrow({ where: { slug: 'asked-to-meet' } });
    const { concern } = await send({
      urgent: false,
      harms: [meet.id],
      stillHappening: 'NO',
      personWasAdult: 'NO',
    });
    expect(concern.urgent).toBe(false);
    const skipped = await send({ urgent: false, harms: [askedForImages], stillHappening: 'NO' });
    expect(skipped.concern.personWasAdult).toBeNull();
    expect(skipped.concern.urgencyReasons).toEqual([]);
  });
});

describe('the rules page', () => {
  it('names the kinds of harm each rule reads, and says when one cannot match', async () => {
    const rules = await listUrgencyRules();
    expect(rules.find((r) => r.id === 'sextortion')).toMatchObject({
      harmNames: ['Was threatened or blackmailed', 'Was asked to send pictures or videos of themselves'],
      missingSlugs: [],
    });
    // This partnership has no "contacted by someone they do not know" category.
    expect(rules.find((r) => r.id === 'stranger-asked-for-images')?.missingSlugs).toEqual([
      'contacted-by-stranger',
    ]);
  });
});
