'use server';
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { beforeDeadline, deadlineIn, isDatabaseTimeout } from '@/lib/db-deadline';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { clientAddress } from '@/lib/security/client-address';
import { deleteExpiredDrafts } from './delete-expired-drafts';
import {
  clearJourneyCookie,
  clearLateSend,
  journeyToken,
  lateSentToken,
  rememberLateSend,
  setJourneyCookie,
} from './journey-cookie';
import { deleteDraft } from './report-draft';
import { refuseFiles } from './refuse-files';
import { sendSchema } from './schemas';
import { submitConcern } from './submit-concern';

/** When the database did not answer in time. The answers are kept: the journey is unchanged. */
const NOT_SENT = 'Your report was not sent. Try again.';

export const sendReport = refuseFiles(
  defineAction({
    name: 'report.send',
    schema: sendSchema,
    authorise: async () => null,
    run: async (input) => {
      const token = await journeyToken();
      // A parent is waiting: every wait on the database below ends by this deadline (lib/db-deadline.ts).
      const deadline = deadlineIn();
      const outcome = await beforeDeadline(deadline, async () => {
        const partnership = await getPublicPartnership();
        if (!partnership) throw new UserFacingError('This service is not set up yet. Nothing was sent.');
        if (!token) redirect('/report/danger');
        const address = clientAddress(await headers());
        return submitConcern(
          { token, partnershipId: partnership.id, honeypot: input.website, address },
          deadline,
        );
      }).catch(async (error: unknown) => {
        if (!token || !isDatabaseTimeout(error)) throw error;
        // Nothing is committed after this answer; what committed just before it shows on the next try.
        await rememberLateSend(token);
        throw new UserFacingError(NOT_SENT);
      });
      // Tidy abandoned journeys now and then, off the parent's path as far as possible.
      void deleteExpiredDrafts().catch(() => undefined);
      if (outcome.kind === 'dropped') {
        await deleteDraft(token);
        await clearJourneyCookie();
        redirect('/report/confirmation');
      }
      if (outcome.kind === 'limited') redirect('/report/try-later');
      if (outcome.kind === 'incomplete') redirect(outcome.path);
      // The journey has moved to a new token: only a browser that held it unsent learns it.
      const moved = outcome.kind === 'sent-elsewhere' ? await lateSentToken(token) : outcome.token;
      if (moved) await setJourneyCookie(moved);
      await clearLateSend();
      redirect('/report/confirmation');
    },
  }),
);

/** "I have written it down": forget the journey, receipt included, on this device. */
export const finishReport = refuseFiles(
  defineAction({
    name: 'report.finish',
    schema: sendSchema,
    authorise: async () => null,
    run: async () => {
      const token = await journeyToken();
      await deleteDraft(token);
      await deleteDraft(await lateSentToken(token));
      await clearJourneyCookie();
      await clearLateSend();
      redirect('/');
    },
  }),
);
