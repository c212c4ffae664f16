import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { offeredLocales } from '@/lib/i18n/catalogue-status';
import { languageReviewSchema } from '@/lib/i18n/language-review-schema';
import { languageStatuses, recordLanguageReview } from '@/lib/i18n/language-reviews';
import { makePartnership } from '../../support/factories';

const review = (input: Record<string, string>) => languageReviewSchema.safeParse(input);

describe('each language’s catalogue status, and a fluent reader’s review', () => {
  it('says every community language is complete but needs review until the partnership records one', async () => {
    const mine = await makePartnership();
    const statuses = await languageStatuses(mine.id);
    expect(statuses.map((s) => s.locale)).toEqual(['cy', 'ar', 'bn', 'pl', 'pa', 'ro', 'ur']);
    expect(statuses.every((s) => s.complete && s.problems === 0 && s.review === null)).toBe(true);
  });

  it('records a named reviewer and a date for the administrator’s own partnership, with an audit entry', async () => {
    const mine = await makePartnership();
    const other = await makePartnership();
    const actor = await getDb().staffUser.create({ data: { email: 'review@example.org', name: 'R' } });
    const input = review({ locale: 'ur', reviewerName: 'Amina Shah', reviewedOn: '2/12/2026' });
    expect(input.success).toBe(true);
    await recordLanguageReview(actor.id, mine.id, input.data!);

    const urdu = (await languageStatuses(mine.id)).find((s) => s.locale === 'ur');
    expect(urdu?.review).toEqual({ reviewerName: 'Amina Shah', reviewedOn: new Date('2026-12-02') });
    expect((await languageStatuses(other.id)).find((s) => s.locale === 'ur')?.review).toBeNull();
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { action: 'language.review.record' } });
    expect(audit).toMatchObject({ partnershipId: mine.id, actorId: actor.id, subject: 'LanguageReview' });
    expect(audit.detail).toEqual({ locale: 'ur', reviewedOn: '2026-12-02' });

    // A later review replaces the last one; the audit trail keeps both.
    const again = review({ locale: 'ur', reviewerName: 'Bilal Khan', reviewedOn: '3/12/2026' });
    await recordLanguageReview(actor.id, mine.id, again.data!);
    const after = (await languageStatuses(mine.id)).find((s) => s.locale === 'ur');
    expect(after?.review?.reviewerName).toBe('Bilal Khan');
    expect(await getDb().auditEntry.count({ where: { action: 'language.review.record' } })).toBe(2);
  });

  it('refuses English, an unknown language, a missing name and a date in the future', () => {
    const errors = (input: Record<string, string>) =>
      review(input).error?.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    expect(errors({ locale: 'en', reviewerName: 'A', reviewedOn: '1/12/2026' })).toEqual([
      'locale: Select the language that was reviewed',
    ]);
    expect(errors({ locale: 'xx', reviewerName: 'A', reviewedOn: '1/12/2026' })).toHaveLength(1);
    expect(errors({ locale: 'pl', reviewerName: ' ', reviewedOn: '1/12/2026' })).toEqual([
      'reviewerName: Enter the name of the person who reviewed it',
    ]);
    expect(errors({ locale: 'pl', reviewerName: 'A', reviewedOn: '1/1/2999' })).toEqual([
      'reviewedOn: The date of the review must be today or in the past',
    ]);
  });

  it('never offers a language whose catalogue is not complete', () => {
    expect(offeredLocales(['cy', 'pl'], ['en', 'cy'])).toEqual(['en', 'cy']);
    expect(offeredLocales(['cy', 'pl'])).toEqual(['en', 'cy', 'pl']);
  });
});
