import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerShareRequest } from '@/lib/share-requests/answer-share-request';
import { requestShares } from '@/lib/share-requests/request-shares';
import type { SessionUser } from '@/lib/auth/session';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import type { Answers } from '@/lib/reporting/answers';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { makeStaff } from '../support/case-staff';
import { makePartnership, makeSchool } from '../support/factories';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
let secondSchool: { id: string };
let frontDoor: SessionUser;
let firstDsl: SessionUser;
let secondDsl: SessionUser;
let otherFrontDoor: SessionUser;
let references: string[];
let patternId: string;
let addressCount = 0;

async function send(overrides: Answers) {
  const token = await startJourney(completeAnswers(world, overrides));
  const outcome = await submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: '',
    address: `198.51.100.${(addressCount += 1)}`,
  });
  if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
  return outcome.reference;
}

const version = async (reference: string) =>
  (await getDb().concern.findUniqueOrThrow({ where: { reference } })).version;

beforeAll(async () => {
  world = await makeReportingWorld();
  secondSchool = await makeSchool(world.partnership.id);
  frontDoor = await makeStaff(world.partnership.id, [{ role: 'FRONT_DOOR' }]);
  firstDsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: world.school.id }]);
  secondDsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: secondSchool.id }]);
  otherFrontDoor = await makeStaff((await makePartnership()).id, [{ role: 'FRONT_DOOR' }]);
  const account = { accounts: { [world.platform.id]: '@share.me' } };
  references = [await send(account), await send({ ...account, school: secondSchool.id })];
  ({ id: patternId } = await getDb().accountPattern.findFirstOrThrow({
    where: { partnershipId: world.partnership.id },
  }));
});
afterAll(() => closeRateLimits());

describe('asking schools to share the concerns of a pattern', () => {
  it('lets the front door read a concern only once its DSL accepts, and only that one', async () => {
    const [first, second] = references as [string, string];
    expect(await readCaseRecord(frontDoor, first, 'view')).toBeNull();

    const asked = await requestShares(frontDoor, world.partnership.id, { patternId, note: 'Same account' });
    expect(asked).toBe(2);
    expect(await readCaseRecord(frontDoor, first, 'view')).toBeNull();

    const request = await getDb().shareRequest.findFirstOrThrow({ where: { concern: { reference: first } } });
    // Another school's DSL cannot answer it (the case is not in their reach).
    await expect(
      answerShareRequest(secondDsl, {
        reference: first,
        version: await version(first),
        requestId: request.id,
        answer: 'ACCEPTED',
        reason: 'Yes',
      }),
    ).rejects.toThrow();
    await answerShareRequest(firstDsl, {
      reference: first,
      version: await version(first),
      requestId: request.id,
      answer: 'ACCEPTED',
      reason: 'Shared for the pattern',
    });

    const shared = await readCaseRecord(frontDoor, first, 'view');
    expect(shared?.reference).toBe(first);
    expect(shared?.sharedReadOnly).toBe(true);
    expect(shared?.events.map((e) => e.kind)).toContain('INFORMATION_SHARING');
    expect(await readCaseRecord(frontDoor, second, 'view')).toBeNull();
    expect(await readCaseRecord(otherFrontDoor, first, 'view')).toBeNull();
  });

  it('keeps a refused concern closed to the front door, with the reason recorded', async () => {
    const second = references[1] as string;
    const request = await getDb().shareRequest.findFirstOrThrow({
      where: { concern: { reference: second } },
    });
    await answerShareRequest(secondDsl, {
      reference: second,
      version: await version(second),
      requestId: request.id,
      answer: 'REFUSED',
      reason: 'Police already involved',
    });
    expect(await readCaseRecord(frontDoor, second, 'view')).toBeNull();
    const refused = await getDb().shareRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(refused).toMatchObject({ status: 'REFUSED', reason: 'Police already involved' });
    const audit = await getDb().auditEntry.findMany({
      where: { action: 'concern.share-request.answer', subjectId: refused.concernId },
    });
    expect(audit).toHaveLength(1);
  });
});
