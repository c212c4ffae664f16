import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { csvDocument, neutraliseCell } from '@/lib/csv/neutralise-cell';
import { findPlatformBySlug } from '@/lib/reference-data/find-platform-by-slug';
import { listPlatformChoices } from '@/lib/reference-data/list-platform-choices';
import { saveEscalation } from '@/lib/reference-data/save-escalation';
import { createHarmCategory, updateHarmCategory } from '@/lib/reference-data/save-harm-category';
import { createPlatform, updatePlatform } from '@/lib/reference-data/save-platform';
import {
  escalationSchema,
  harmCategorySchema,
  platformSchema,
} from '@/lib/reference-data/reference-data-schema';
import { makePartnership } from '../../support/factories';

const platform = (name: string, closed = ['', '', '']) =>
  platformSchema.parse({
    name,
    ageRating: '13+',
    advice: '',
    sortOrder: '5',
    'closedOn-day': closed[0],
    'closedOn-month': closed[1],
    'closedOn-year': closed[2],
  });

describe('platforms, harm categories and escalation times', () => {
  it('renames a platform, refuses a duplicate name whatever its case, and audits the change', async () => {
    const actor = await getDb().staffUser.create({ data: { email: 'r@example.org', name: 'R' } });
    const chat = await createPlatform(actor.id, platform('ChatApp'));
    await createPlatform(actor.id, platform('Snapchat'));
    await expect(updatePlatform(actor.id, chat.id, platform('snapchat'))).rejects.toThrow(
      'There is already a platform called Snapchat. Nothing has been changed.',
    );
    await expect(createPlatform(actor.id, platform('SNAPCHAT'))).rejects.toThrow(/already a platform/);
    expect((await getDb().platform.findUniqueOrThrow({ where: { id: chat.id } })).name).toBe('ChatApp');

    await updatePlatform(actor.id, chat.id, platform('ChatApp 2', ['8', '11', '2023']));
    const renamed = await getDb().platform.findUniqueOrThrow({ where: { id: chat.id } });
    expect(renamed).toMatchObject({ name: 'ChatApp 2', slug: 'chatapp' });
    expect(renamed.closedOn?.toISOString()).toBe('2023-11-08T00:00:00.000Z');
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { action: 'platform.update' } });
    expect(audit.detail).toMatchObject({ changed: ['name', 'closedOn'], from: 'ChatApp', to: 'ChatApp 2' });
  });

  it('refuses impossible and future closing dates with GOV.UK wording', () => {
    const bad = platformSchema.safeParse({
      name: 'X',
      ageRating: '',
      advice: '',
      sortOrder: '1',
      'closedOn-day': '31',
      'closedOn-month': '2',
      'closedOn-year': '2023',
    });
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['closedOn-day'],
      message: 'Closed on must be a real date, like 8 11 2023',
    });
    const future = platformSchema.safeParse({
      name: 'X',
      ageRating: '',
      advice: '',
      sortOrder: '1',
      'closedOn-day': '1',
      'closedOn-month': '1',
      'closedOn-year': '2999',
    });
    expect(future.error?.issues[0]?.message).toBe('Closed on must be today or in the past');
  });

  it('refuses a duplicate harm category name', async () => {
    const actor = await getDb().staffUser.create({ data: { email: 'h@example.org', name: 'H' } });
    const make = (name: string) =>
      harmCategorySchema.parse({ name, hint: '', sortOrder: '1', active: 'yes' });
    const a = await createHarmCategory(actor.id, null, make('Asked for pictures'));
    await createHarmCategory(actor.id, null, make('Saw sexual images'));
    await expect(updateHarmCategory(actor.id, null, a.id, make('saw sexual images'))).rejects.toThrow(
      /already a category/,
    );
  });

  it('saves escalation times within limits, with an audit entry', async () => {
    const partnership = await makePartnership();
    expect(
      escalationSchema.safeParse({ escalateUrgentAfterMinutes: '2', escalateAfterSchoolDays: '1' }).success,
    ).toBe(false);
    await saveEscalation(
      (await getDb().staffUser.create({ data: { email: 'e@example.org', name: 'E' } })).id,
      partnership.id,
      escalationSchema.parse({ escalateUrgentAfterMinutes: '30', escalateAfterSchoolDays: '2' }),
    );
    expect(await getDb().partnership.findUniqueOrThrow({ where: { id: partnership.id } })).toMatchObject({
      escalateUrgentAfterMinutes: 30,
      escalateAfterSchoolDays: 2,
    });
    expect(
      await getDb().auditEntry.count({
        where: { action: 'partnership.escalation.update', subjectId: partnership.id },
      }),
    ).toBe(1);
  });

  it('saves the out-of-hours number parents are given for urgent reports, or none', async () => {
    const partnership = await makePartnership();
    const actor = await getDb().staffUser.create({ data: { email: 'o@example.org', name: 'O' } });
    const times = { escalateUrgentAfterMinutes: '60', escalateAfterSchoolDays: '1' };
    expect(
      escalationSchema.safeParse({ ...times, outOfHoursPhone: 'call us' }).error?.issues[0]?.message,
    ).toBe('Enter a phone number, like 01632 960 001');
    await saveEscalation(
      actor.id,
      partnership.id,
      escalationSchema.parse({ ...times, outOfHoursPhone: ' 01632 960 111 ' }),
    );
    const read = () => getDb().partnership.findUniqueOrThrow({ where: { id: partnership.id } });
    expect((await read()).outOfHoursPhone).toBe('01632 960 111');
    await saveEscalation(actor.id, partnership.id, escalationSchema.parse({ ...times, outOfHoursPhone: '' }));
    expect((await read()).outOfHoursPhone).toBeNull();
  });
});

describe('every CSV the app writes neutralises formulas', () => {
  it('prefixes cells a spreadsheet would run', () => {
    expect(neutraliseCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(['+1', '-2+3', '@SUM(A1)', '\t=1'].map(neutraliseCell)).toEqual([
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
    ]);
    expect(neutraliseCell(-5)).toBe('-5');
    expect(neutraliseCell('St Mary’s')).toBe('St Mary’s');
    expect(csvDocument(['a', 'b'], [['=1+1', 'x,"y"']])).toBe('a,b\r\n\'=1+1,"x,""y"""\r\n');
  });
});

describe('platforms offered for advice and warnings', () => {
  it('finds a named platform by its slug and lists the named ones by name, never "something else"', async () => {
    const db = getDb();
    const partnership = await makePartnership();
    await db.platform.createMany({
      data: [
        { slug: 'zed-chat', name: 'Zed Chat' },
        { slug: 'able-video', name: 'Able Video' },
        { slug: 'other-platform', name: 'Something else', isOther: true },
      ],
    });
    expect((await findPlatformBySlug('zed-chat', partnership.id))?.name).toBe('Zed Chat');
    expect(await findPlatformBySlug('other-platform', partnership.id)).toBeNull();
    const choices = (await listPlatformChoices(partnership.id)).map((p) => p.slug);
    expect(choices).not.toContain('other-platform');
    expect(choices.indexOf('able-video')).toBeLessThan(choices.indexOf('zed-chat'));
  });
});
