'use server';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { adviceSchema } from '@/lib/alerts/advice-schema';
import { savePlatformAdvice } from '@/lib/alerts/save-platform-advice';
import { requirePartnership } from '@/lib/auth/require-partnership';

export const updatePlatformAdvice = defineAction({
  name: 'platform.advice.update',
  schema: adviceSchema,
  authorise: () => requirePartnership('alerts.manage'),
  run: async (input, { user }) => {
    await savePlatformAdvice(user.id, input);
    redirect(`/advice/${input.platform}`);
  },
});
