import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import type { informationSharingSchema } from './case-form-schemas';
import { changeCase } from './change-case';
import { withFollowOns } from './follow-on-changes';

/**
 * Records an information-sharing decision: what was shared, with whom and why — or a decision not to
 * share, and why (Information sharing advice for practitioners, 2024: record both).
 */
export function recordInformationSharing(user: SessionUser, input: z.infer<typeof informationSharingSchema>) {
  const shared = input.shared === 'SHARED';
  return changeCase(
    user,
    input,
    'concern.information-sharing.add',
    withFollowOns(user, 'sharing', input.also, async () => ({
      event: {
        kind: 'INFORMATION_SHARING',
        summary: shared ? `Shared information with ${input.withWhom}.` : 'Decided not to share information.',
        detail: shared
          ? {
              decision: 'shared',
              what: input.what ?? '',
              withWhom: input.withWhom ?? '',
              reason: input.sharingReason,
            }
          : { decision: 'not shared', reason: input.sharingReason },
      },
      auditDetail: { shared },
    })),
  );
}
