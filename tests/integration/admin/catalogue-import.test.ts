import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { describeProblem, type CatalogueTree } from '@/lib/i18n/catalogue-check';
import { checkCatalogueUpload, CATALOGUE_MAX_BYTES } from '@/lib/i18n/catalogue-import';
import { saveCatalogueOverride } from '@/lib/i18n/catalogue-overrides';
import { CATALOGUE_MESSAGES } from '@/lib/i18n/messages';
import { partnershipMessages } from '@/lib/i18n/partnership-messages';
import { makePartnership } from '../../support/factories';

const urdu = () =>
  JSON.parse(readFileSync(join(__dirname, '../../../messages/ur.json'), 'utf8')) as {
    report: { back: string; danger: Record<string, string> };
    layout: { footer: Record<string, string> };
  } & CatalogueTree;
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const refusal = (input: Uint8Array) => {
  const checked = checkCatalogueUpload(input);
  if (checked.ok) return 'accepted';
  const { refusal: r } = checked;
  return r.code === 'problems'
    ? r.problems.slice(0, 3).map((p) => describeProblem(p, CATALOGUE_MESSAGES.en))
    : r.code;
};

describe('a reviewed catalogue an administrator uploads', () => {
  it('is refused when it is not a catalogue at all, saying why', () => {
    expect(refusal(new Uint8Array())).toBe('empty');
    expect(refusal(new Uint8Array(CATALOGUE_MAX_BYTES + 1).fill(32))).toBe('too-big');
    expect(refusal(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toBe('not-utf8');
    expect(refusal(new TextEncoder().encode('{"layout": '))).toBe('not-json');
    expect(refusal(bytes(['a']))).toBe('shape');
    expect(refusal(bytes({ layout: { serviceName: 5 } }))).toBe('shape');
    expect(refusal(bytes({ 'a b': 'x' }))).toBe('shape');
    expect(refusal(bytes({ a: { b: { c: { d: { e: { f: { g: 'deep' } } } } } } }))).toBe('shape');
  });

  it('is refused naming the first problems: a missing message, a lost placeholder, HTML', () => {
    const broken = urdu();
    delete (broken.report as Record<string, unknown>).back;
    broken.layout.footer.credit = 'اسے چلاتی ہے۔';
    broken.report.danger.title = '<script>alert(1)</script>';
    expect(refusal(bytes(broken))).toEqual([
      'layout.footer.credit must use the same {placeholders} and <tags> as English: {partnership}',
      'report.back is missing',
      'report.danger.title holds HTML, which is not allowed',
    ]);
  });

  it('is kept for the administrator’s own partnership only, audited, and read by its public pages', async () => {
    const mine = await makePartnership();
    const other = await makePartnership();
    const actor = await getDb().staffUser.create({ data: { email: 'cat@example.org', name: 'C' } });
    const reviewed = urdu();
    reviewed.report.back = 'پیچھے جائیں';
    const checked = checkCatalogueUpload(bytes(reviewed));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await saveCatalogueOverride(actor.id, mine.id, 'ur', checked.messages);

    const back = async (partnershipId: string) =>
      ((await partnershipMessages(partnershipId, 'ur')) as typeof reviewed).report.back;
    expect(await back(mine.id)).toBe('پیچھے جائیں');
    expect(await back(other.id)).toBe(CATALOGUE_MESSAGES.ur.report.back);
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'language.catalogue.import' },
    });
    expect(audit).toMatchObject({ partnershipId: mine.id, actorId: actor.id, detail: { locale: 'ur' } });
  });

  it('gives way to the service’s message where a stored one no longer fits English', async () => {
    const mine = await makePartnership();
    const actor = await getDb().staffUser.create({ data: { email: 'cat2@example.org', name: 'C' } });
    const stale = urdu();
    stale.layout.footer.credit = 'پرانا متن';
    await getDb().catalogueOverride.create({
      data: { partnershipId: mine.id, locale: 'ur', messages: stale, uploadedById: actor.id },
    });
    const messages = (await partnershipMessages(mine.id, 'ur')) as typeof stale;
    expect(messages.layout.footer.credit).toBe(CATALOGUE_MESSAGES.ur.layout.footer.credit);
  });
});
