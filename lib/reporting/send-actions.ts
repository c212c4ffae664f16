'use server';
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { parentUnexpectedError } from '@/lib/i18n/parent-say';
import type { FormState } from '@/lib/actions/form-state';
import { beforeDeadline, deadlineIn, isDatabaseTimeout } from '@/lib/db-deadline';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { clientAddress } from '@/lib/security/client-address';
import { clearJourneyCookie, journeyToken, setJourneyCookie } from './journey-cookie';
import { JOURNEY_START } from './journey';
import { deleteDraft, sentDraftToken } from './report-draft';
import { refuseFiles } from './refuse-files';
import { sendSchema } from './schemas';
import { submitConcern } from './submit-concern';
import { requestLocale } from '@/lib/i18n/request-locale';

/**
 * The database did not answer in time. The answers are kept (the journey is unchanged), and nothing is
 * committed after this answer (lib/db-deadline.ts). A commit that landed just before it, its answer lost,
 * is not lost to the parent: this request read the journey unsent, so it is owed the token the journey
 * moved to, as a send that answered would have set it. It goes back in the form's state, to come back with
 * the next press, not in a cookie: changing a cookie makes Next render the page again in this response,
 * and that page reads the stalled database.
 */
function notSent(token: string): FormState {
  return { formError: 'Your report was not sent. Try again.', values: { sentToken: sentDraftToken(token) } };
}

export const sendReport = refuseFiles(
  defineAction({
    name: 'report.send',
    schema: sendSchema,
    authorise: async () => null,
    unexpectedError: parentUnexpectedError,
    run: async (input) => {
      const token = await journeyToken();
      // A parent is waiting: every wait on the database below ends by this deadline (lib/db-deadline.ts).
      const deadline = deadlineIn();
      const outcome = await beforeDeadline(deadline, async () => {
        const partnership = await getPublicPartnership();
        if (!partnership) throw new UserFacingError('This service is not set up yet. Nothing was sent.');
        if (!token) redirect(JOURNEY_START);
        const address = clientAddress(await headers());
        return submitConcern(
          {
            token,
            partnershipId: partnership.id,
            honeypot: input.website,
            address,
            language: await requestLocale(),
          },
          deadline,
        );
      }).catch((error: unknown) => {
        if (token && isDatabaseTimeout(error)) return notSent(token);
        throw error;
      });
      if (!('kind' in outcome)) return outcome;
      if (outcome.kind === 'dropped') {
        await deleteDraft(token);
        await clearJourneyCookie();
        redirect('/report/confirmation');
      }
      if (outcome.kind === 'limited') redirect('/report/try-later');
      if (outcome.kind === 'incomplete') redirect(outcome.path);
      // The journey has moved to a new token: only a browser that held it unsent learns it.
      // So does a browser whose send gave up waiting but had in fact committed: its page hands back the
      // token that send would have given it (`notSent`).
      const late = token && input.sentToken === sentDraftToken(token) ? input.sentToken : null;
      const moved = outcome.kind === 'sent-elsewhere' ? late : outcome.token;
      if (moved) await setJourneyCookie(moved);
      redirect('/report/confirmation');
    },
  }),
);
