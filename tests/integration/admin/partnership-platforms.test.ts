// Platforms are national; which ones a partnership's parents see, and the advice they read, belong to the
// partnership. These tests try to cross that boundary: B's choices must never change what A's parents see.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { roleMay } from '@/lib/auth/permissions';
import { Role } from '@/lib/generated/prisma/enums';
import { findPlatformBySlug } from '@/lib/reference-data/find-platform-by-slug';
import { listPlatformChoices } from '@/lib/reference-data/list-platform-choices';
import { listPartnershipPlatforms } from '@/lib/reference-data/list-partnership-platforms';
import { setPlatformOffered } from '@/lib/reference-data/set-platform-offered';
import { listActivePlatforms } from '@/lib/reporting/list-report-choices';
import { checkAnswerIds } from '@/lib/reporting/check-answer-ids';
import { NO_SCHOOL } from '@/lib/reporting/schemas';
import { savePlatformAdvice } from '@/lib/warnings/save-platform-advice';
import { adviceSchema } from '@/lib/warnings/advice-schema';
import { makePartnership } from '../../support/factories';
import { makeStaff } from '../../support/case-staff';

let a: { id: string };
let b: { id: string };
let adminB: SessionUser;
let staffB: SessionUser;
let chat: { id: string; slug: string };

const advice = (text: string) =>
  adviceSchema.parse({
    platform: chat.slug,
    advice: text,
    privacyAdvice: '',
    reportingAdvice: '',
    reportUrl: '',
    reportSteps: '',
  });

let n = 0;
beforeEach(async () => {
  n += 1;
  a = await makePartnership();
  b = await makePartnership();
  adminB = await makeStaff(b.id, [{ role: 'ADMIN' }], 'Bea');
  staffB = await makeStaff(b.id, [{ role: 'PARTNERSHIP_STAFF' }], 'Bo');
  chat = await getDb().platform.create({
    data: { slug: `chat-${n}`, name: `ChatZone ${n}`, advice: 'National advice about ChatZone.' },
  });
});

describe('platforms chosen and explained by each partnership', () => {
  it('offers a platform to every partnership until it says otherwise, with the national advice', async () => {
    expect((await listActivePlatforms(a.id)).map((p) => p.id)).toContain(chat.id);
    expect(await findPlatformBySlug(chat.slug, a.id)).toMatchObject({
      advice: 'National advice about ChatZone.',
      offered: true,
    });
  });

  it('lets B hide a platform from its parents without hiding it from A’s', async () => {
    await setPlatformOffered(adminB.id, partnershipFor(adminB, 'reference-data.manage'), chat.id, false);

    expect((await listActivePlatforms(b.id)).map((p) => p.id)).not.toContain(chat.id);
    expect((await listPlatformChoices(b.id)).map((p) => p.slug)).not.toContain(chat.slug);
    expect(await findPlatformBySlug(chat.slug, b.id)).toMatchObject({ offered: false });
    expect((await listActivePlatforms(a.id)).map((p) => p.id)).toContain(chat.id);
    expect((await listPlatformChoices(a.id)).map((p) => p.slug)).toContain(chat.slug);
    expect(await findPlatformBySlug(chat.slug, a.id)).toMatchObject({ offered: true });
    expect((await listPartnershipPlatforms(b.id)).find((p) => p.id === chat.id)?.offered).toBe(false);
    expect((await listPartnershipPlatforms(a.id)).find((p) => p.id === chat.id)?.offered).toBe(true);

    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'platform.offered.update', subjectId: chat.id },
    });
    expect(audit).toMatchObject({ actorId: adminB.id, partnershipId: b.id, subjectId: chat.id });
  });

  it('refuses a B parent’s answer naming a platform B has hidden, and still takes it from A’s', async () => {
    await setPlatformOffered(adminB.id, b.id, chat.id, false);
    const harm = await getDb().harmCategory.create({ data: { slug: `harm-${n}`, name: `Harm ${n}` } });
    const answers = { platforms: [chat.id], harms: [harm.id], school: NO_SCHOOL[0] };
    const check = (partnershipId: string) =>
      getDb().$transaction((tx) => checkAnswerIds(tx, partnershipId, answers));
    await expect(check(b.id)).rejects.toThrow(/not in our lists/);
    expect((await check(a.id)).platformIds).toEqual([chat.id]);
  });

  it('keeps B’s advice on B’s pages: A’s parents still read the national advice', async () => {
    await savePlatformAdvice(
      staffB.id,
      partnershipFor(staffB, 'warnings.manage'),
      advice('B says: be careful.'),
    );

    expect((await findPlatformBySlug(chat.slug, b.id))?.advice).toBe('B says: be careful.');
    expect((await findPlatformBySlug(chat.slug, a.id))?.advice).toBe('National advice about ChatZone.');
    const platform = await getDb().platform.findUniqueOrThrow({ where: { id: chat.id } });
    expect(platform.advice).toBe('National advice about ChatZone.');
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'platform.advice.update', subjectId: chat.id },
    });
    expect(audit).toMatchObject({ actorId: staffB.id, partnershipId: b.id, subjectId: chat.id });

    // Saved back unchanged from the form (which starts with the national text), B follows the national text.
    await savePlatformAdvice(staffB.id, b.id, advice('National advice about ChatZone.'));
    await getDb().platform.update({ where: { id: chat.id }, data: { advice: 'Corrected national advice.' } });
    expect((await findPlatformBySlug(chat.slug, b.id))?.advice).toBe('Corrected national advice.');
  });

  it('shows the national reporting route until B writes its own; B’s route stays on B’s pages', async () => {
    await getDb().platform.update({
      where: { id: chat.id },
      data: { reportUrl: 'https://help.chatzone.example/report', reportSteps: ['Open it.', 'Report it.'] },
    });
    expect(await findPlatformBySlug(chat.slug, b.id)).toMatchObject({
      reportUrl: 'https://help.chatzone.example/report',
      reportSteps: ['Open it.', 'Report it.'],
    });

    const route = {
      reportUrl: 'https://safety.chatzone.example/uk',
      reportSteps: 'Press Report.\nChoose Child safety.',
    };
    await savePlatformAdvice(staffB.id, b.id, adviceSchema.parse({ ...advice(''), ...route }));
    expect(await findPlatformBySlug(chat.slug, b.id)).toMatchObject({
      reportUrl: 'https://safety.chatzone.example/uk',
      reportSteps: ['Press Report.', 'Choose Child safety.'],
    });
    expect(await findPlatformBySlug(chat.slug, a.id)).toMatchObject({
      reportUrl: 'https://help.chatzone.example/report',
      reportSteps: ['Open it.', 'Report it.'],
    });
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'platform.advice.update', subjectId: chat.id },
    });
    expect(audit.detail).toMatchObject({ changed: ['reportUrl', 'reportSteps'] });

    // Saved back as the national route (the form starts with it), B follows the national route again.
    const national = {
      reportUrl: 'https://help.chatzone.example/report',
      reportSteps: 'Open it.\nReport it.',
    };
    await savePlatformAdvice(staffB.id, b.id, adviceSchema.parse({ ...advice(''), ...national }));
    const own = await getDb().partnershipPlatform.findFirstOrThrow({ where: { partnershipId: b.id } });
    expect(own).toMatchObject({ reportUrl: null, reportSteps: [] });
  });

  it('gives nobody B may name the right to change a national platform or harm category', () => {
    for (const role of Object.values(Role))
      expect(roleMay(role, 'reference.national.manage'), role).toBe(false);
  });
});
