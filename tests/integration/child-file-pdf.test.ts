import { describe, expect, it } from 'vitest';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { getDb } from '@/lib/db';
import { linkCaseToChild, linkCaseToNewChild } from '@/lib/children/link-case-to-child';
import { readChildRecord } from '@/lib/children/read-child-record';
import { renderChildPdf } from '@/lib/children/render-child-pdf';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { makeStaff } from '../support/case-staff';
import { pdfText } from '../support/pdf-text';

describe('the child file as a PDF', () => {
  it('holds the child, every linked case and one chronology naming each entry’s case, and logs the export', async () => {
    const p = await makePartnership();
    const school = await makeSchool(p.id);
    const dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school.id }], 'Priya');
    const about = () =>
      makeConcern({ partnershipId: p.id, schoolId: school.id, route: 'SCHOOL', childName: 'Şeker' });
    const [a, b] = [await about(), await about()];
    const { childId } = await linkCaseToNewChild(dsl, {
      reference: a.reference,
      version: 0,
      childName: 'Şeker',
      yearGroup: 7,
      dateOfBirth: '2014-02-03',
      newChildReason: 'First report',
    });
    await linkCaseToChild(dsl, { reference: b.reference, version: 0, childId, linkReason: 'Same girl' });
    await addCaseNote(dsl, { reference: b.reference, version: 1, note: 'Called her mother' });
    const file = await readChildRecord(dsl, childId, { purpose: 'pdf' });
    const text = pdfText(await renderChildPdf(file!, dsl.name));
    for (const expected of [
      'Şeker',
      'Year 7',
      '3 February 2014',
      a.reference,
      b.reference,
      'Called her mother',
      'Same girl',
    ])
      expect(text).toContain(expected);
    expect(text).toContain(`Case ${b.reference}`);
    expect(await getDb().auditEntry.count({ where: { action: 'child.pdf', subjectId: childId } })).toBe(1);
  });
});
