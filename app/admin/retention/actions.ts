'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { defineAction } from '@/lib/actions/define-action';
import { requireFreshFactor } from '@/lib/auth/require-fresh-factor';
import { requirePermission } from '@/lib/auth/session';
import { previewPolicyChange } from '@/lib/retention/preview-retention';
import {
  clearLegalHoldSchema,
  legalHoldSchema,
  retentionPolicySchema,
} from '@/lib/retention/retention-schema';
import { saveRetentionPolicy } from '@/lib/retention/save-retention-policy';
import { setLegalHold } from '@/lib/retention/set-legal-hold';
import { describePolicyChange } from '@/lib/retention/describe-policy-change';

export const changeRetentionPolicy = defineAction({
  name: 'retention.policy.update',
  schema: retentionPolicySchema,
  authorise: () => requirePermission('retention.manage'),
  run: async ({ confirmed, ...values }, user) => {
    const partnershipId = partnershipFor(user, 'retention.manage');
    // First post: say what the change would do to the concerns already held, and ask again.
    if (!confirmed) {
      const preview = await previewPolicyChange(partnershipId, values);
      const shown = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
      return { message: describePolicyChange(preview), values: shown };
    }
    await saveRetentionPolicy(user.id, partnershipId, values);
    revalidatePath('/admin/retention');
    redirect('/admin/retention?saved=policy');
  },
});

export const placeLegalHold = defineAction({
  name: 'retention.legal-hold.set',
  schema: legalHoldSchema,
  authorise: () => requirePermission('legal-hold.manage'),
  run: async (input, user) => {
    await requireFreshFactor(user, '/admin/retention/legal-hold');
    await setLegalHold(user.id, partnershipFor(user, 'legal-hold.manage'), { ...input, hold: true });
    revalidatePath('/admin/retention');
    redirect('/admin/retention?saved=hold');
  },
});

export const liftLegalHold = defineAction({
  name: 'retention.legal-hold.clear',
  schema: clearLegalHoldSchema,
  authorise: () => requirePermission('legal-hold.manage'),
  run: async (input, user) => {
    await setLegalHold(user.id, partnershipFor(user, 'legal-hold.manage'), { ...input, hold: false });
    revalidatePath('/admin/retention');
    redirect('/admin/retention?saved=lifted');
  },
});
