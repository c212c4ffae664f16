import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPatternReferrals } from '@/lib/pattern-referrals/list-pattern-referrals';
import { recordPatternReferral } from '@/lib/pattern-referrals/record-pattern-referral';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { makeStaff } from '../support/case-staff';
import { makePartnership } from '../support/factories';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
let frontDoor: SessionUser;
let otherPartnershipId: string;
let otherFrontDoor: SessionUser;
let patternId: string;

beforeAll(async () => {
  world = await makeReportingWorld();
  frontDoor = await makeStaff(world.partnership.id, [{ role: 'FRONT_DOOR' }], 'Fran Door');
  otherPartnershipId = (await makePartnership()).id;
  otherFrontDoor = await makeStaff(otherPartnershipId, [{ role: 'FRONT_DOOR' }]);
  for (let i = 0; i < 2; i += 1) {
    const token = await startJourney(
      completeAnswers(world, { accounts: { [world.platform.id]: '@refer.me' } }),
    );
    await submitConcern({
      token,
      partnershipId: world.partnership.id,
      honeypot: '',
      address: `198.51.100.${i + 1}`,
    });
  }
  ({ id: patternId } = await getDb().accountPattern.findFirstOrThrow({
    where: { partnershipId: world.partnership.id },
  }));
});
afterAll(() => closeRateLimits());

describe('referring a pattern to the police or CEOP', () => {
  it('is recorded with who, when, to whom and their reference, audited, for its own partnership only', async () => {
    const input = {
      referralPatternId: patternId,
      agency: 'CEOP' as const,
      referredTo: 'CEOP online report',
      theirReference: 'C-123',
    };
    await expect(recordPatternReferral(otherFrontDoor, otherPartnershipId, input)).rejects.toThrow(
      NotFoundError,
    );
    await recordPatternReferral(frontDoor, world.partnership.id, input);

    const referrals = await listPatternReferrals(world.partnership.id, [patternId]);
    expect(referrals.get(patternId)).toEqual([
      expect.objectContaining({
        agency: 'CEOP',
        referredTo: 'CEOP online report',
        theirReference: 'C-123',
        by: 'Fran Door',
      }),
    ]);
    expect((await listPatternReferrals(otherPartnershipId, [patternId])).size).toBe(0);
    const audit = await getDb().auditEntry.findMany({
      where: { action: 'account-pattern.referral', subjectId: patternId },
    });
    expect(audit).toHaveLength(1);
  });
});
