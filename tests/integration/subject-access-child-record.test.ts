// Subject access and child records (issue 18): a concern's export holds the child record it is linked to,
// its merge and link history, and names only the other concerns of that child its own reporter made. A
// parent's export never reveals another parent's report: not its content, its reference or its count.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { linkCaseToChild, linkCaseToNewChild } from '@/lib/children/link-case-to-child';
import { mergeChildRecords } from '@/lib/children/merge-child-records';
import { unlinkCaseFromChild } from '@/lib/children/unlink-case-from-child';
import { exportConcern } from '@/lib/subject-access/export-concern';
import { OTHER_CONCERNS_NOT_LISTED } from '@/lib/subject-access/export-child-record';
import { renderExportText } from '@/lib/subject-access/render-export-text';
import { makeConcern, makePartnership, makeSchool } from './../support/factories';
import { makeStaff } from '../support/case-staff';

let dsl: SessionUser;
let dpo: SessionUser;
let otherDpo: SessionUser;
let school: { id: string; partnershipId: string };

const concernBy = (reporterEmail: string | null, description: string) =>
  makeConcern({
    partnershipId: school.partnershipId,
    schoolId: school.id,
    route: 'SCHOOL',
    childName: 'Amira',
    childYear: 4,
    reporterEmail,
    description,
  });

const exportOf = async (reference: string, user = dpo) =>
  exportConcern(user, user.partnership!.id, reference, 'json');

beforeEach(async () => {
  const p = await makePartnership();
  school = await makeSchool(p.id);
  dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school.id }], 'Priya');
  dpo = await makeStaff(p.id, [{ role: 'DPO' }], 'Dee Pee');
  otherDpo = await makeStaff((await makePartnership()).id, [{ role: 'DPO' }], 'Other DPO');
});

describe('subject access export of a concern linked to a child record', () => {
  it('holds the record, its merges and the link history, and names only the same reporter’s other concerns', async () => {
    const mine = await concernBy('parent.x@example.org', 'What parent X saw.');
    const theirs = await concernBy('parent.y@example.org', 'What parent Y saw, in confidence.');
    const mineAgain = await concernBy('  Parent.X@Example.org ', 'Parent X again.');
    const { childId } = await linkCaseToNewChild(dsl, {
      reference: mine.reference,
      version: 0,
      childName: 'Amira',
      yearGroup: 4,
      dateOfBirth: '2016-04-30',
      pupilId: 'UPN-9',
      newChildReason: 'First report about her',
    });
    // Parent Y's report first got a record of its own, then the two records were merged.
    const { childId: duplicate } = await linkCaseToNewChild(dsl, {
      reference: theirs.reference,
      version: 0,
      childName: 'A.',
      yearGroup: 4,
      dateOfBirth: undefined,
      newChildReason: 'Report from another parent',
    });
    await mergeChildRecords(dsl, { childId, version: 0, otherId: duplicate, mergeReason: 'Same pupil' });
    await linkCaseToChild(dsl, {
      reference: mineAgain.reference,
      version: 0,
      childId,
      linkReason: 'Same girl',
    });

    const data = (await exportOf(mine.reference))!;
    expect(data.childRecord).toMatchObject({
      nameAsGiven: 'Amira',
      schoolYear: 4,
      dateOfBirth: '2016-04-30',
      pupilNumber: 'UPN-9',
      otherConcernsByThisReporter: [mineAgain.reference],
      otherConcerns: OTHER_CONCERNS_NOT_LISTED,
    });
    expect(data.childRecord?.recordsMergedIntoThisOne).toEqual([
      { at: expect.any(Date), by: 'Priya', mergedRecord: duplicate },
    ]);
    expect(data.childLinkHistory).toEqual([
      {
        at: expect.any(Date),
        what: 'Linked to a child record.',
        by: 'Priya',
        reason: 'First report about her',
      },
    ]);
    // Nothing of parent Y's report: not its words, its address, its reference, nor its own link's reason.
    const all = JSON.stringify(data);
    for (const secret of [theirs.reference, 'parent Y', 'parent.y@example.org', 'Report from another parent'])
      expect(all).not.toContain(secret);
    const text = renderExportText(data);
    expect(text).toContain('The school’s record of the child');
    expect(text).toContain('Pupil number: UPN-9');
    expect(text).toContain(mineAgain.reference);
    expect(text).not.toContain(theirs.reference);
    // The read of the child record is in its audit trail, as every read of it is.
    expect(
      await getDb().auditEntry.count({
        where: { action: 'child.subject-access.export', subjectId: childId },
      }),
    ).toBe(1);

    // Parent Y's export: the same record, and neither of parent X's reports; its link moved by the merge.
    const yours = (await exportOf(theirs.reference))!;
    expect(yours.childRecord?.otherConcernsByThisReporter).toEqual([]);
    expect(yours.childRecord?.otherConcerns).toBe(OTHER_CONCERNS_NOT_LISTED);
    const yoursText = JSON.stringify(yours);
    for (const secret of [mine.reference, mineAgain.reference, 'parent.x@example.org', 'Parent X'])
      expect(yoursText).not.toContain(secret);
    expect(yours.childLinkHistory.map((l) => [l.what, l.reason])).toEqual([
      ['Linked to a child record.', 'Report from another parent'],
      ['Moved to another child record.', 'Same pupil'],
    ]);

    // Another partnership's officer gets nothing, and nothing is logged against the record.
    expect(await exportOf(mine.reference, otherDpo)).toBeNull();
    expect(
      await getDb().auditEntry.count({
        where: { action: 'child.subject-access.export', subjectId: childId },
      }),
    ).toBe(2);
  });

  it('matches no one when a reporter left no address, and keeps the history of a concern since unlinked', async () => {
    const first = await concernBy(null, 'No address given.');
    const second = await concernBy(null, 'No address either.');
    const { childId } = await linkCaseToNewChild(dsl, {
      reference: first.reference,
      version: 0,
      childName: 'Amira',
      yearGroup: 4,
      dateOfBirth: undefined,
      newChildReason: 'First report',
    });
    await linkCaseToChild(dsl, { reference: second.reference, version: 0, childId, linkReason: 'Same girl' });
    const data = (await exportOf(first.reference))!;
    expect(data.childRecord?.otherConcernsByThisReporter).toEqual([]);
    expect(JSON.stringify(data)).not.toContain(second.reference);

    await unlinkCaseFromChild(dsl, {
      reference: second.reference,
      version: 1,
      unlinkReason: 'Not her after all',
    });
    const unlinked = (await exportOf(second.reference))!;
    expect(unlinked.childRecord).toBeNull();
    expect(unlinked.childLinkHistory.map((l) => l.reason)).toEqual(['Same girl', 'Not her after all']);
  });

  it('has no child record part for a concern never linked', async () => {
    const alone = await concernBy('parent.z@example.org', 'Only this.');
    const data = (await exportOf(alone.reference))!;
    expect(data.childRecord).toBeNull();
    expect(data.childLinkHistory).toEqual([]);
  });

  it('says when the file is due for deletion as retention will decide it: by the child’s date of birth, and only when every case of the child is', async () => {
    const closed = { status: 'CLOSED' as const, closedAt: new Date('2026-10-01T12:00:00Z') };
    const first = await concernBy('parent.z@example.org', 'First.');
    const { childId } = await linkCaseToNewChild(dsl, {
      reference: first.reference,
      version: 0,
      childName: 'Amira',
      yearGroup: 4,
      dateOfBirth: '2016-04-30',
      newChildReason: 'Her file',
    });
    await getDb().concern.update({ where: { id: first.id }, data: closed });
    // Kept to the end of the year she turns 25 (the policy's age): the year-group rule would say 2046.
    expect((await exportOf(first.reference))!.retention.dueForDeletion).toEqual(
      new Date('2042-01-01T00:00:00Z'),
    );

    // A second case of hers still open: the file goes as one, so no date yet.
    const second = await concernBy(null, 'Second.');
    await linkCaseToChild(dsl, { reference: second.reference, version: 0, childId, linkReason: 'Same girl' });
    expect((await exportOf(first.reference))!.retention.dueForDeletion).toBeNull();
  });
});
