'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { brandingSchema } from '@/lib/branding/branding-schema';
import { saveBranding } from '@/lib/branding/save-branding';
import { languageReviewSchema } from '@/lib/i18n/language-review-schema';
import { recordLanguageReview } from '@/lib/i18n/language-reviews';
import { languagesSchema } from '@/lib/i18n/languages-schema';
import { saveLanguages } from '@/lib/i18n/save-languages';

export const editBranding = defineAction({
  name: 'partnership.branding.update',
  schema: brandingSchema,
  authorise: () => requirePermission('reference-data.manage'),
  run: async (input, user) => {
    // The partnership is the administrator's own, from their membership: the form cannot name another.
    await saveBranding(user.id, partnershipFor(user, 'reference-data.manage'), input);
    revalidatePath('/admin/branding');
    return { ok: true, message: 'The name, colour and privacy notice have been saved' };
  },
});

export const editLanguages = defineAction({
  name: 'partnership.languages.update',
  schema: languagesSchema,
  authorise: () => requirePermission('reference-data.manage'),
  run: async (input, user) => {
    await saveLanguages(user.id, partnershipFor(user, 'reference-data.manage'), input);
    revalidatePath('/admin/branding');
    return { ok: true, message: 'The languages for parents have been saved' };
  },
});

export const recordReview = defineAction({
  name: 'language.review.record',
  schema: languageReviewSchema,
  authorise: () => requirePermission('reference-data.manage'),
  run: async (input, user) => {
    await recordLanguageReview(user.id, partnershipFor(user, 'reference-data.manage'), input);
    revalidatePath('/admin/branding');
    return { ok: true, message: 'The check by a fluent reader has been recorded' };
  },
});
