'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { partnershipFor, requirePartnership } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { createHarmCategory, updateHarmCategory } from '@/lib/reference-data/save-harm-category';
import { saveEscalation } from '@/lib/reference-data/save-escalation';
import { createPlatform, updatePlatform } from '@/lib/reference-data/save-platform';
import { setPlatformOffered } from '@/lib/reference-data/set-platform-offered';
import {
  escalationSchema,
  harmCategoryEditSchema,
  harmCategorySchema,
  platformEditSchema,
  platformOfferedSchema,
  platformSchema,
} from '@/lib/reference-data/reference-data-schema';

const authorise = () => requirePermission('reference-data.manage');
/** Platforms and national harm categories are shared by every partnership: the service operator's. */
const authoriseNational = () => requirePermission('reference.national.manage');

export const addPlatform = defineAction({
  name: 'platform.create',
  schema: platformSchema,
  authorise: authoriseNational,
  run: async (input, user) => {
    const platform = await createPlatform(user.id, input);
    redirect(`/admin/platforms/${platform.id}?added=1`);
  },
});

export const editPlatform = defineAction({
  name: 'platform.update',
  schema: platformEditSchema,
  authorise: authoriseNational,
  run: async ({ id, platform }, user) => {
    await updatePlatform(user.id, id, platform);
    revalidatePath('/admin/platforms', 'layout');
    return { ok: true, message: 'The platform has been saved' };
  },
});

export const showPlatform = defineAction({
  name: 'platform.offered.update',
  schema: platformOfferedSchema,
  authorise: () => requirePartnership('reference-data.manage'),
  run: async ({ platformId, offered }, { user, partnershipId }) => {
    await setPlatformOffered(user.id, partnershipId, platformId, offered);
    revalidatePath('/admin/platforms');
    return { ok: true, message: offered ? 'Parents can now choose it' : 'Parents can no longer choose it' };
  },
});

export const addHarmCategory = defineAction({
  name: 'harm-category.create',
  schema: harmCategorySchema,
  authorise: authoriseNational,
  run: async (input, user) => {
    const category = await createHarmCategory(user.id, null, input);
    redirect(`/admin/harm-categories/${category.id}?added=1`);
  },
});

/** A partnership's own category: seen only by its parents, its cases and its trends. */
export const addOwnHarmCategory = defineAction({
  name: 'harm-category.create',
  schema: harmCategorySchema,
  authorise: () => requirePartnership('reference-data.manage'),
  run: async (input, { user, partnershipId }) => {
    const category = await createHarmCategory(user.id, partnershipId, input);
    redirect(`/admin/harm-categories/${category.id}?added=1`);
  },
});

export const editHarmCategory = defineAction({
  name: 'harm-category.update',
  schema: harmCategoryEditSchema,
  authorise: authoriseNational,
  run: async ({ id, ...category }, user) => {
    await updateHarmCategory(user.id, null, id, category);
    revalidatePath('/admin/harm-categories', 'layout');
    return { ok: true, message: 'The category has been saved' };
  },
});

export const editOwnHarmCategory = defineAction({
  name: 'harm-category.update',
  schema: harmCategoryEditSchema,
  authorise: () => requirePartnership('reference-data.manage'),
  run: async ({ id, ...category }, { user, partnershipId }) => {
    await updateHarmCategory(user.id, partnershipId, id, category);
    revalidatePath('/admin/harm-categories', 'layout');
    return { ok: true, message: 'The category has been saved' };
  },
});

export const editEscalation = defineAction({
  name: 'partnership.escalation.update',
  schema: escalationSchema,
  authorise,
  run: async (input, user) => {
    await saveEscalation(user.id, partnershipFor(user, 'reference-data.manage'), input);
    revalidatePath('/admin/escalation');
    return { ok: true, message: 'The escalation times have been saved' };
  },
});
