'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { createHarmCategory, updateHarmCategory } from '@/lib/reference-data/save-harm-category';
import { saveEscalation } from '@/lib/reference-data/save-escalation';
import { createPlatform, updatePlatform } from '@/lib/reference-data/save-platform';
import {
  escalationSchema,
  harmCategoryEditSchema,
  harmCategorySchema,
  platformEditSchema,
  platformSchema,
} from '@/lib/reference-data/reference-data-schema';

const authorise = () => requirePermission('reference-data.manage');
export const addPlatform = defineAction({
  name: 'platform.create',
  schema: platformSchema,
  authorise,
  run: async (input, user) => {
    const platform = await createPlatform(user.id, input);
    redirect(`/admin/platforms/${platform.id}?added=1`);
  },
});

export const editPlatform = defineAction({
  name: 'platform.update',
  schema: platformEditSchema,
  authorise,
  run: async ({ id, platform }, user) => {
    await updatePlatform(user.id, id, platform);
    revalidatePath('/admin/platforms', 'layout');
    return { ok: true, message: 'The platform has been saved' };
  },
});

export const addHarmCategory = defineAction({
  name: 'harm-category.create',
  schema: harmCategorySchema,
  authorise,
  run: async (input, user) => {
    const category = await createHarmCategory(user.id, input);
    redirect(`/admin/harm-categories/${category.id}?added=1`);
  },
});

export const editHarmCategory = defineAction({
  name: 'harm-category.update',
  schema: harmCategoryEditSchema,
  authorise,
  run: async ({ id, ...category }, user) => {
    await updateHarmCategory(user.id, id, category);
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
