'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { applySchoolImport } from '@/lib/schools/school-import';
import { createSchool, setSchoolActive, updateSchool } from '@/lib/schools/save-school';
import { schoolSchema } from '@/lib/schools/school-schema';

const authorise = () => requirePermission('schools.manage');
const id = z.string().regex(/^[0-9a-f-]{36}$/, 'This school is no longer on the list');

export const addSchool = defineAction({
  name: 'school.create',
  schema: schoolSchema,
  authorise,
  run: async (input, user) => {
    const school = await createSchool(user.id, partnershipFor(user, 'schools.manage'), input);
    redirect(`/admin/schools/${school.id}?added=1`);
  },
});

export const editSchool = defineAction({
  name: 'school.update',
  schema: schoolSchema.extend({ schoolId: id }),
  authorise,
  run: async ({ schoolId, ...input }, user) => {
    await updateSchool(user.id, partnershipFor(user, 'schools.manage'), schoolId, input);
    revalidatePath(`/admin/schools/${schoolId}`);
    return { ok: true, message: 'The school’s details have been saved' };
  },
});

export const changeSchoolActive = defineAction({
  name: 'school.active',
  schema: z.strictObject({ schoolId: id, active: z.enum(['true', 'false']) }),
  authorise,
  run: async ({ schoolId, active }, user) => {
    await setSchoolActive(user.id, partnershipFor(user, 'schools.manage'), schoolId, active === 'true');
    revalidatePath(`/admin/schools/${schoolId}`);
    return {
      ok: true,
      message: active === 'true' ? 'The school is active again' : 'The school has been deactivated',
    };
  },
});

export const confirmSchoolImport = defineAction({
  name: 'school.import',
  schema: z.strictObject({
    importId: z.string().regex(/^[0-9a-f-]{36}$/, 'This import has expired'),
    deactivateMissing: z.literal('yes').optional(),
  }),
  authorise,
  run: async ({ importId, deactivateMissing }, user) => {
    await applySchoolImport(
      user.id,
      partnershipFor(user, 'schools.manage'),
      importId,
      deactivateMissing === 'yes',
    );
    revalidatePath('/admin/schools', 'layout');
    // The preview page now shows what was applied, from the import's audit entry.
    redirect(`/admin/schools/import/${importId}`);
  },
});
