import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import type { actionTakenSchema } from './case-form-schemas';
import { changeCase } from './change-case';
import { withFollowOns } from './follow-on-changes';

/** Records something the team did (spoke to the child, contacted the platform…). */
export function recordCaseAction(user: SessionUser, input: z.infer<typeof actionTakenSchema>) {
  return changeCase(
    user,
    input,
    'concern.action.add',
    withFollowOns(user, 'action', input.also, async () => ({
      event: { kind: 'ACTION', summary: input.actionTaken },
    })),
  );
}
