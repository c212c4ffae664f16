import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import type { riskSchema } from './case-form-schemas';
import { RISK_LABELS } from './case-labels';
import { changeCase } from './change-case';
import { withFollowOns } from './follow-on-changes';

/** Rates the risk to the child, with the rationale for the rating. */
export function rateCaseRisk(user: SessionUser, input: z.infer<typeof riskSchema>) {
  return changeCase(
    user,
    input,
    'concern.risk.rate',
    withFollowOns(user, 'risk', input.also, async (_tx, concern) => ({
      patch: { riskLevel: input.riskLevel },
      event: {
        kind: 'RISK_RATED',
        summary: `Risk rated ${RISK_LABELS[input.riskLevel].toLowerCase()}.`,
        detail: { rationale: input.rationale, from: concern.riskLevel, to: input.riskLevel },
      },
      auditDetail: { from: concern.riskLevel, to: input.riskLevel },
    })),
  );
}
