import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import type { decisionSchema } from './case-form-schemas';
import { changeCase } from './change-case';
import { withFollowOns } from './follow-on-changes';

/** Records a decision with its reason (KCSIE: decisions and the reasons for them are written down). */
export function recordCaseDecision(user: SessionUser, input: z.infer<typeof decisionSchema>) {
  return changeCase(
    user,
    input,
    'concern.decision.add',
    withFollowOns(user, 'decision', input.also, async () => ({
      event: { kind: 'DECISION', summary: input.decision, detail: { reason: input.decisionReason } },
    })),
  );
}
