import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { parseGiasCsv, type ParsedSchools } from '@/lib/schools/parse-gias-csv';
import { applySchoolImport, previewSchoolImport, storeSchoolImport } from '@/lib/schools/school-import';
import { makePartnership, makeSchool } from '../../support/factories';

const HEADER =
  'URN,EstablishmentName,TypeOfEstablishment (name),Postcode,Town,PhaseOfEducation (name),LA (name)';
const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\r\n'));
const ok = (parsed: ParsedSchools) => {
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed;
};

async function admin() {
  return getDb().staffUser.create({ data: { email: `a${Math.random()}@x.example`, name: 'Admin' } });
}

describe('importing schools from a GIAS extract', () => {
  it('reports bad URNs, duplicates, missing names, unknown phases and formulas, and keeps the rest', () => {
    const parsed = ok(
      parseGiasCsv(
        csv(
          '100001,Good School,Community school,ab1 2cd,Town,Primary,Northshire',
          '12345,Short URN,x,,,Primary,Northshire',
          '100002,,x,,,Primary,Northshire',
          '100003,Odd Phase,x,,,Kindergarten,Northshire',
          '100004,Twice,x,,,Secondary,Northshire',
          '100004,Twice again,x,,,Secondary,Northshire',
          '100005,"=cmd|\' /C calc\'!A0",x,,,Secondary,Northshire',
          '100006,"Comma, School",x,,,Middle deemed primary,Northshire',
        ),
      ),
    );
    expect(parsed.rows.map((r) => r.urn)).toEqual([100001, 100006]);
    expect(parsed.rows[0]).toMatchObject({ postcode: 'AB1 2CD', phase: 'PRIMARY', town: 'Town' });
    expect(parsed.rows[1]).toMatchObject({ name: 'Comma, School', phase: 'MIDDLE', town: null });
    expect(parsed.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'The URN must be 6 digits'],
      [4, 'The school name is missing'],
      [5, 'The phase “Kindergarten” is not a GIAS phase'],
      [6, 'The URN appears more than once (lines 6, 7)'],
      [7, 'The URN appears more than once (lines 6, 7)'],
      [8, 'A cell looks like a spreadsheet formula'],
    ]);
  });

  it('refuses a file with the wrong columns, naming what is missing, and a UTF-16 file', () => {
    const wrong = parseGiasCsv(new TextEncoder().encode('Name,Postcode\nA,B'));
    expect(wrong).toMatchObject({ ok: false });
    expect(!wrong.ok && wrong.message).toMatch(
      /missing URN, EstablishmentName, Town, PhaseOfEducation \(name\), LA \(name\)/,
    );
    const utf16 = parseGiasCsv(new Uint8Array([0xff, 0xfe, 0x55, 0x00]));
    expect(!utf16.ok && utf16.message).toMatch(/UTF-16/);
  });

  it('reads a Windows-1252 file as such and says so', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\r\n100010,St Mary`),
      Buffer.from([0x92]), // a Windows-1252 right single quote
      Buffer.from('s C of E School,x,,Bridgeford,Primary,Northshire\r\n'),
    ]);
    const parsed = ok(parseGiasCsv(bytes));
    expect(parsed.convertedFrom).toBe('Windows-1252');
    expect(parsed.rows[0]?.name).toBe('St Mary’s C of E School');
  });

  it('previews then applies new, changed and reactivated schools in one go, with one audit entry', async () => {
    const partnership = await makePartnership();
    const other = await makePartnership();
    const actor = await admin();
    await makeSchool(partnership.id, { urn: 200001, name: 'Old Name', localAuthority: 'Northshire' });
    await makeSchool(partnership.id, {
      urn: 200002,
      name: 'Same',
      phase: 'PRIMARY',
      localAuthority: 'Northshire',
      active: false,
    });
    const gone = await makeSchool(partnership.id, { urn: 200003, name: 'Not in file' });
    await makeSchool(other.id, { urn: 200004, name: 'Elsewhere' });
    const parsed = ok(
      parseGiasCsv(
        csv(
          '200001,New Name,x,,,Primary,Northshire',
          '200002,Same,x,,,Primary,Northshire',
          '200004,Elsewhere,x,,,Primary,Northshire',
          '200005,Brand New,x,,,Secondary,Northshire',
        ),
      ),
    );
    const id = await storeSchoolImport(actor.id, partnership.id, 'gias.csv', parsed);
    expect(await previewSchoolImport(other.id, id)).toBeNull();
    const preview = (await previewSchoolImport(partnership.id, id))!;
    expect(preview.diff.added.map((r) => r.urn)).toEqual([200005]);
    expect(preview.diff.changed.map((c) => [c.row.urn, c.fields])).toEqual([
      [200001, ['name']],
      [200002, ['active']],
    ]);
    expect(preview.diff.elsewhere.map((r) => r.urn)).toEqual(['200004']);
    expect(preview.diff.notInFile.map((s) => s.urn)).toEqual([200003]);

    // An administrator of two partnerships: the entry names the one whose schools changed.
    await getDb().membership.create({ data: { userId: actor.id, partnershipId: other.id, role: 'ADMIN' } });
    expect(await applySchoolImport(actor.id, partnership.id, id, true)).toEqual({
      added: 1,
      changed: 2,
      deactivated: 1,
    });
    const schools = await getDb().school.findMany({
      where: { partnershipId: partnership.id },
      orderBy: { urn: 'asc' },
    });
    expect(schools.map((s) => [s.urn, s.name, s.active])).toEqual([
      [200001, 'New Name', true],
      [200002, 'Same', true],
      [200003, 'Not in file', false],
      [200005, 'Brand New', true],
    ]);
    expect((await getDb().school.findUniqueOrThrow({ where: { urn: 200004 } })).partnershipId).toBe(other.id);
    expect(gone.active).toBe(true);
    const audit = await getDb().auditEntry.findMany({ where: { action: 'school.import' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: actor.id, subjectId: id, partnershipId: partnership.id });
    await expect(applySchoolImport(actor.id, partnership.id, id, true)).rejects.toThrow(
      /already been applied/,
    );
  });

  it('imports 100,000 rows without falling over', async () => {
    const lines = Array.from(
      { length: 100_000 },
      (_, i) => `${300000 + i},School ${i},x,AB1 2CD,Town,Primary,Bigshire`,
    );
    const parsed = ok(parseGiasCsv(csv(...lines)));
    expect(parsed.rows).toHaveLength(100_000);
    const partnership = await makePartnership();
    const actor = await admin();
    const id = await storeSchoolImport(actor.id, partnership.id, 'england.csv', parsed);
    expect((await applySchoolImport(actor.id, partnership.id, id, false)).added).toBe(100_000);
    expect(await getDb().school.count({ where: { partnershipId: partnership.id } })).toBe(100_000);
  }, 180_000);
});
