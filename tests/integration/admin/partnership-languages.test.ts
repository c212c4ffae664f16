import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { languagesSchema } from '@/lib/i18n/languages-schema';
import { saveLanguages } from '@/lib/i18n/save-languages';
import { makePartnership } from '../../support/factories';

describe('the languages a partnership offers its parents', () => {
  it('are set for the administrator’s own partnership only, English always, with an audit entry', async () => {
    const mine = await makePartnership();
    const other = await makePartnership();
    const actor = await getDb().staffUser.create({ data: { email: 'lang@example.org', name: 'L' } });
    await saveLanguages(actor.id, mine.id, languagesSchema.parse({ languages: 'cy' }));

    const languages = async (id: string) =>
      (await getDb().partnership.findUniqueOrThrow({ where: { id }, select: { languages: true } })).languages;
    expect(await languages(mine.id)).toEqual(['en', 'cy']);
    expect(await languages(other.id)).toEqual(['en']);
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'partnership.languages.update' },
    });
    expect(audit).toMatchObject({ partnershipId: mine.id, subjectId: mine.id, actorId: actor.id });
    expect(audit.detail).toEqual({ languages: ['en', 'cy'] });

    await saveLanguages(actor.id, mine.id, languagesSchema.parse({}));
    expect(await languages(mine.id)).toEqual(['en']);
  });

  it('can only be languages the service has a catalogue for', () => {
    expect(languagesSchema.safeParse({ languages: ['cy', 'xx'] }).success).toBe(false);
    expect(languagesSchema.safeParse({ languages: 'xx' }).success).toBe(false);
    expect(languagesSchema.parse({ languages: ['en', 'cy'] })).toEqual({ languages: ['en', 'cy'] });
    // The community languages' catalogues are complete, so they can be offered (in the service's order).
    expect(languagesSchema.parse({ languages: ['ur', 'pl'] })).toEqual({ languages: ['en', 'pl', 'ur'] });
  });
});
