import 'server-only';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';
import { notifyReporterOfMessage } from '@/lib/notifications/notify-reporter-of-message';
import type { messageSchema } from './case-form-schemas';
import { changeCase } from './change-case';
import { withFollowOns } from './follow-on-changes';

/**
 * Writes to the reporter. They read it on the follow-up page with their receipt (never seeing staff
 * names); if they gave an email address, they are told there is a message — never what it says.
 */
export function messageReporter(user: SessionUser, input: z.infer<typeof messageSchema>) {
  return changeCase(
    user,
    input,
    'concern.message.send',
    withFollowOns(user, 'message', input.also, async (tx, concern) => {
      const message = await tx.message.create({
        data: { concernId: concern.id, author: 'STAFF', staffId: user.id, body: input.body },
      });
      await notifyReporterOfMessage(tx, concern, message.id);
      return {
        event: { kind: 'MESSAGE_TO_REPORTER', summary: 'Message sent to the reporter.' },
        auditDetail: { messageId: message.id, emailed: Boolean(concern.reporterEmail) },
      };
    }),
  );
}
