import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { renderCasePdf } from '@/lib/cases/render-case-pdf';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { makeStaff } from '../support/case-staff';
import { expectAllOf, pdfText } from '../support/pdf-text';

// What parents type: Polish and Turkish letters (with the dotless ı), Cyrillic, Greek, Urdu and Arabic
// (right to left), and emoji. pdftotext gives each Arabic-script word back letter for letter and in reading
// order (from its ActualText), but places it on a line of its own, so those are checked word by word.
const SCRIPTS = ['Łukasz Ğül Şeker', 'Привет', 'Καλημέρα', 'میرا', 'بیٹا', 'مرحبا', '🙂📱', 'ışık'];
const mixed = (what: string) => `${what}: ${SCRIPTS.join(' ')}`;

let dsl: SessionUser;
let reference: string;

beforeEach(async () => {
  const p = await makePartnership();
  const school = await makeSchool(p.id);
  dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school.id }], 'Priya');
  const other = await getDb().platform.upsert({
    where: { slug: 'something-else' },
    create: { slug: 'something-else', name: 'Something else' },
    update: {},
  });
  const concern = await makeConcern({
    partnershipId: p.id,
    schoolId: school.id,
    route: 'SCHOOL',
    description: mixed('Description'),
    childName: 'Łukasz Ğül Şeker',
    childAge: 12,
    childYear: 7,
    happened: 'THIS_MONTH',
    stillHappening: 'YES',
    childKnows: 'NO',
    reporterAnonymous: false,
    reporterName: mixed('Reporter'),
    reporterEmail: 'rodzic@example.com',
    reporterPhone: '07700 900123',
    reporterSafeTimes: 'Weekdays after 6pm',
    platforms: { create: [{ platformId: other.id, otherName: mixed('App').slice(0, 100) }] },
  });
  reference = concern.reference;
  await addCaseNote(dsl, { reference, version: 0, note: mixed('Note') });
});

async function exported(): Promise<string> {
  const record = await readCaseRecord(dsl, reference, 'pdf');
  if (!record) throw new Error('case not found');
  return pdfText(await renderCasePdf(record, 'Priya'));
}

describe('the whole-record PDF', () => {
  it('keeps every character of the record, in every script', async () => {
    const text = await exported();
    for (const what of ['Description', 'Reporter', 'App', 'Note']) expectAllOf(text, mixed(what));
    expect(text).not.toContain('\ufffd');
  });

  it('has the child, when, whether it goes on, whether the child knows, the reporter and safe times', async () => {
    await readCaseRecord(dsl, reference, 'view');
    const text = await exported();
    for (const shown of [
      'Child: Łukasz Ğül Şeker, age 12, Year 7',
      'When: This month',
      'Still happening: Yes',
      'Child knows it was reported: No',
      'Reporter: Reporter: Łukasz Ğül Şeker Привет Καλημέρα',
      'rodzic@example.com, 07700 900123',
      'Safe times to contact: Weekdays after 6pm',
    ])
      expect(text).toContain(shown);
    // The access log summarised the way the case page does: one sentence, then each person's count.
    expect(text).toMatch(
      /Viewed, printed or downloaded \d+ times? by \d+ (person|people); last by Priya on /,
    );
    expect(text).toMatch(/Priya: viewed, printed or downloaded \d+ times?/);
  });
});
