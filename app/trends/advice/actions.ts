'use server';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { adviceSchema } from '@/lib/warnings/advice-schema';
import { savePlatformAdvice } from '@/lib/warnings/save-platform-advice';
import { requirePartnership } from '@/lib/auth/require-partnership';

export const updatePlatformAdvice = defineAction({
  name: 'platform.advice.update',
  schema: adviceSchema,
  authorise: () => requirePartnership('warnings.manage'),
  run: async (input, { user, partnershipId }) => {
    await savePlatformAdvice(user.id, partnershipId, input);
    redirect(`/advice/${input.platform}`);
  },
});
