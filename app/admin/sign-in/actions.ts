'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { passwordSignInSchema, setPasswordSignIn } from '@/lib/auth/providers/password-sign-in-setting';
import { signInProviderEditSchema, signInProviderSchema } from '@/lib/auth/providers/sign-in-provider-schema';
import { createSignInProvider, updateSignInProvider } from '@/lib/auth/providers/sign-in-providers';

// Who may sign in, and how, is part of managing the partnership's staff.
const authorise = () => requirePartnership('staff.manage');

export const addSignInProvider = defineAction({
  name: 'sign-in-provider.create',
  schema: signInProviderSchema,
  secretFields: ['clientSecret'],
  authorise,
  run: async (input, { user, partnershipId }) => {
    const provider = await createSignInProvider(user.id, partnershipId, input);
    redirect(`/admin/sign-in/${provider.id}?added=1`);
  },
});

export const editSignInProvider = defineAction({
  name: 'sign-in-provider.update',
  schema: signInProviderEditSchema,
  secretFields: ['clientSecret'],
  authorise,
  run: async ({ id, ...input }, { user, partnershipId }) => {
    await updateSignInProvider(user.id, partnershipId, id, input);
    revalidatePath('/admin/sign-in', 'layout');
    return { ok: true, message: 'The sign-in has been saved' };
  },
});

export const changePasswordSignIn = defineAction({
  name: 'partnership.password-sign-in.update',
  schema: passwordSignInSchema,
  authorise,
  run: async ({ passwordSignIn }, { user, partnershipId }) => {
    await setPasswordSignIn(user.id, partnershipId, passwordSignIn);
    revalidatePath('/admin/sign-in');
    return { ok: true, message: 'The setting has been saved' };
  },
});
