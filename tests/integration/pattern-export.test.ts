import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPatternIdentifiers } from '@/lib/pattern-referrals/export-pattern-identifiers';
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
let references: string[];

beforeAll(async () => {
  world = await makeReportingWorld();
  frontDoor = await makeStaff(world.partnership.id, [{ role: 'FRONT_DOOR' }]);
  otherPartnershipId = (await makePartnership()).id;
  otherFrontDoor = await makeStaff(otherPartnershipId, [{ role: 'FRONT_DOOR' }]);
  references = [];
  // The same account typed two ways, one of them as a spreadsheet formula.
  for (const [i, typed] of ['=HYPERLINK("x")', '=hyperlink("x")', '=HYPERLINK("x")'].entries()) {
    const token = await startJourney(
      completeAnswers(world, {
        accounts: { [world.platform.id]: typed },
        childName: 'Zebedee Child',
        description: 'Secret words of the case',
      }),
    );
    const sent = await submitConcern({
      token,
      partnershipId: world.partnership.id,
      honeypot: '',
      address: `198.51.100.${i + 1}`,
    });
    if (sent.kind === 'sent') references.push(sent.reference);
  }
  ({ id: patternId } = await getDb().accountPattern.findFirstOrThrow({
    where: { partnershipId: world.partnership.id },
  }));
});
afterAll(() => closeRateLimits());

describe('exporting a pattern’s account names for the police or CEOP', () => {
  it('gives each name as typed, with dates and counts, formula-safe, audited, and nothing of the children', async () => {
    await expect(exportPatternIdentifiers(otherFrontDoor, otherPartnershipId, patternId)).rejects.toThrow(
      NotFoundError,
    );
    const csv = await exportPatternIdentifiers(frontDoor, world.partnership.id, patternId);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Platform,Name or link as typed,First seen,Last seen,Reports');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^${world.platform.name},"'=HYPERLINK\\(""x""\\)",\\d{4}-\\d\\d-\\d\\d,\\d{4}-\\d\\d-\\d\\d,2$`,
          ),
        ),
        expect.stringMatching(new RegExp(`^${world.platform.name},"'=hyperlink\\(""x""\\)",.*,1$`)),
      ]),
    );
    for (const secret of ['Zebedee', 'Secret words', ...references]) expect(csv).not.toContain(secret);
    const audit = await getDb().auditEntry.findMany({
      where: { action: 'account-pattern.export', subjectId: patternId },
    });
    expect(audit).toHaveLength(1);
  });
});
