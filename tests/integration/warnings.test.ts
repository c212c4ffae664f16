import { describe, expect, it } from 'vitest';
import { insertWarning } from '@/lib/warnings/insert-warning';
import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { createTranslator } from 'next-intl';
import { CATALOGUE_MESSAGES } from '@/lib/i18n/messages';
import { letterWords } from '@/lib/warnings/letter-words';
import { renderWarningPdf } from '@/lib/warnings/render-warning-pdf';
import { setWarningPublication } from '@/lib/warnings/set-warning-publication';
import { warningSchema } from '@/lib/warnings/warning-schema';
import { getDb } from '@/lib/db';
import { makeStaff } from '../support/case-staff';
import { makePartnership } from '../support/factories';
import { expectAllOf, pdfText } from '../support/pdf-text';

const db = getDb();
const DAY = 86_400_000;

describe('published warnings', () => {
  it('shows only warnings inside their publication window; drafts and ended warnings stay hidden', async () => {
    const partnership = await makePartnership();
    const now = new Date('2026-11-24T12:00:00Z');
    const make = (title: string, from: Date | null, until: Date | null = null) =>
      db.platformWarning.create({
        data: {
          partnershipId: partnership.id,
          title,
          whatToKnow: 'Know',
          whatToDo: 'Do',
          publishedFrom: from,
          publishedUntil: until,
        },
      });
    await make('Draft', null);
    await make('Live', new Date(now.getTime() - DAY));
    await make('Live until tomorrow', new Date(now.getTime() - DAY), new Date(now.getTime() + DAY));
    await make('Ended', new Date(now.getTime() - 3 * DAY), new Date(now.getTime() - DAY));
    await make('Scheduled', new Date(now.getTime() + DAY));
    await db.platformWarning.update({
      where: { id: (await make('Welsh', new Date(now.getTime() - DAY))).id },
      data: { language: 'cy' },
    });
    const shown = await listPublishedWarnings(now);
    expect(shown.map((a) => [a.title, a.language]).sort(([a], [b]) => a!.localeCompare(b!))).toEqual([
      ['Live', 'en'],
      ['Live until tomorrow', 'en'],
      ['Welsh', 'cy'],
    ]);
    const draft = await db.platformWarning.findFirstOrThrow({ where: { title: 'Draft' } });
    expect(await listPublishedWarnings(now, draft.id)).toEqual([]);
  });

  it('renders a letter as a PDF with the text as typed, nothing more', async () => {
    const pdf = await renderWarningPdf(
      {
        id: 'x',
        title: '<script>warning(1)</script> Chat app warning',
        platformName: null,
        platformSlug: null,
        whatToKnow: 'Strangers ask for pictures.\n\n- Talk to your child\n- Check privacy settings',
        whatToDo: 'Report it.',
        language: 'en',
        publishedFrom: new Date('2026-11-24T00:00:00Z'),
      },
      'Test Partnership',
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.toString('latin1')).not.toMatch(/\/JavaScript|\/URI/);
  });
});

describe('the warning letter PDF', () => {
  it('keeps every character of the warning, in every script', async () => {
    const words = 'Łukasz Ğül Şeker Привет Καλημέρα میرا بیٹا مرحبا 🙂📱 ışık';
    const pdf = await renderWarningPdf(
      {
        id: 'x',
        title: `Title: ${words}`,
        platformName: null,
        platformSlug: null,
        whatToKnow: `Know: ${words}\n\n- Item: ${words}`,
        whatToDo: `Do: ${words}`,
        language: 'en',
        publishedFrom: new Date('2026-11-24T00:00:00Z'),
      },
      'Partnership Ğül',
    );
    const text = pdfText(pdf);
    expect(text).toContain('From Partnership Ğül');
    for (const shown of [`Title: ${words}`, `Know: ${words}`, `• Item: ${words}`, `Do: ${words}`])
      expectAllOf(text, shown);
  });
});

describe('editing warnings (the lib verbs behind the /trends/warnings actions)', () => {
  it('publishes and withdraws only a warning of the editor’s own partnership, with an audit entry', async () => {
    const [ours, theirs] = [await makePartnership(), await makePartnership()];
    // On both boards: the entries say which partnership the warning is of, not the person's only one.
    const editor = await makeStaff(ours.id, [{ role: 'PARTNERSHIP_STAFF' }]);
    await db.membership.create({
      data: { userId: editor.id, partnershipId: theirs.id, role: 'PARTNERSHIP_STAFF' },
    });
    await insertWarning(editor.id, ours.id, {
      title: 'Ours',
      whatToKnow: 'Know',
      whatToDo: 'Do',
      language: 'en',
      platform: '',
      publishFrom: '',
      publishUntil: '',
    });
    const warning = await db.platformWarning.findFirstOrThrow({ where: { partnershipId: ours.id } });
    expect(warning.publishedFrom).toBeNull();
    await expect(
      setWarningPublication(editor.id, theirs.id, { warningId: warning.id, change: 'publish' }),
    ).rejects.toThrow('That warning could not be found');
    await setWarningPublication(editor.id, ours.id, { warningId: warning.id, change: 'publish' });
    const published = await db.platformWarning.findUniqueOrThrow({ where: { id: warning.id } });
    expect(published.publishedFrom).not.toBeNull();
    const audit = await db.auditEntry.findMany({ where: { subjectId: warning.id }, orderBy: { at: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(['warning.create', 'warning.publish']);
    expect(audit.map((e) => e.partnershipId)).toEqual([ours.id, ours.id]);
  });
});

describe('the warning letter PDF in a parent’s language', () => {
  it('gives the letter’s own words in Welsh and Urdu (the warning as written, in the language it is in)', async () => {
    const warning = {
      id: 'x',
      title: 'Chat app warning',
      platformName: null,
      platformSlug: null,
      whatToKnow: 'Strangers ask for pictures.',
      whatToDo: 'Report it.',
      language: 'en' as const,
      publishedFrom: new Date('2026-11-24T00:00:00Z'),
    };
    for (const locale of ['cy', 'ur'] as const) {
      const t = createTranslator({
        locale,
        messages: CATALOGUE_MESSAGES[locale] as Record<string, unknown> as never,
      });
      const words = letterWords(t, locale);
      const text = pdfText(await renderWarningPdf(warning, 'Test Partnership', words));
      const letter = CATALOGUE_MESSAGES[locale].warningLetter;
      // "This warning is written in English", in the letter's language; not said of a warning in it.
      const writtenIn = t('warningLanguage.writtenIn' as never, { language: 'en' } as never);
      expect(words.writtenIn('en')).toBe(writtenIn);
      expect(words.writtenIn(locale)).toBeNull();
      // Words without their punctuation: pdftotext gives an Arabic-script comma or full stop apart.
      const unpunctuated = (message: string) => message.replace(/[،۔]/g, ' ').replace(/\s+/g, ' ').trim();
      for (const shown of [letter.dear, letter.whatToKnow, writtenIn, 'Chat app warning'])
        expectAllOf(text, unpunctuated(shown));
      // The 999 sentence without its link's tag, and nothing left in English of the letter's own words.
      expect(words.danger).not.toMatch(/<\/?phone>/);
      expect(words.danger).toContain('999');
      expect(text).not.toContain('Dear parent or carer');
      expect(text).not.toContain('What you should know');
    }
  });
});

describe('the language a warning is written in', () => {
  const input = (language: string) =>
    warningSchema.parse({
      title: `In ${language}`,
      whatToKnow: 'Know',
      whatToDo: 'Do',
      language,
      publishFrom: '1/11/2026',
    });

  it('is kept with the warning, English unless staff choose another', async () => {
    const partnership = await makePartnership({ languages: ['en', 'cy'] });
    const editor = await makeStaff(partnership.id, []);
    const { language: omitted, ...withoutLanguage } = input('en');
    expect(omitted).toBe('en');
    expect(warningSchema.parse(withoutLanguage).language).toBe('en');
    await insertWarning(editor.id, partnership.id, warningSchema.parse(withoutLanguage));
    await insertWarning(editor.id, partnership.id, input('cy'));
    const stored = await db.platformWarning.findMany({
      where: { partnershipId: partnership.id },
      select: { title: true, language: true },
      orderBy: { title: 'asc' },
    });
    expect(stored).toEqual([
      { title: 'In cy', language: 'cy' },
      { title: 'In en', language: 'en' },
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: 'warning.create', actorId: editor.id, detail: { path: ['language'], equals: 'cy' } },
    });
    expect(audit.subject).toBe('PlatformWarning');
  });

  it('must be one the partnership offers its parents; anything else is refused with nothing stored', async () => {
    const partnership = await makePartnership({ languages: ['en', 'cy'] });
    const editor = await makeStaff(partnership.id, []);
    await expect(insertWarning(editor.id, partnership.id, input('ur'))).rejects.toMatchObject({
      message: 'Choose a language your partnership offers to parents',
      field: 'language',
    });
    // A partnership that offers nothing but English takes English only.
    const englishOnly = await makePartnership();
    await expect(
      insertWarning((await makeStaff(englishOnly.id, [])).id, englishOnly.id, input('cy')),
    ).rejects.toThrow('Choose a language your partnership offers to parents');
    expect(
      await db.platformWarning.count({ where: { partnershipId: { in: [partnership.id, englishOnly.id] } } }),
    ).toBe(0);
    // Not a language the service has at all: the form's check refuses it before any verb runs.
    const parsed = warningSchema.safeParse({ title: 'T', whatToKnow: 'K', whatToDo: 'D', language: 'xx' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['language', 'Choose the language the warning is written in'],
    ]);
  });
});
