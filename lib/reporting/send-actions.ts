'use server';
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { clientAddress } from '@/lib/security/client-address';
import { deleteExpiredDrafts } from './delete-expired-drafts';
import { clearJourneyCookie, journeyToken, setJourneyCookie } from './journey-cookie';
import { deleteDraft } from './report-draft';
import { refuseFiles } from './refuse-files';
import { sendSchema } from './schemas';
import { submitConcern } from './submit-concern';

export const sendReport = refuseFiles(
  defineAction({
    name: 'report.send',
    schema: sendSchema,
    authorise: async () => null,
    run: async (input) => {
      const token = await journeyToken();
      const partnership = await getPublicPartnership();
      if (!partnership) throw new UserFacingError('This service is not set up yet. Nothing was sent.');
      if (!token) redirect('/report/danger');
      const outcome = await submitConcern({
        token,
        partnershipId: partnership.id,
        honeypot: input.website,
        address: clientAddress(await headers()),
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
      if (outcome.kind !== 'sent-elsewhere') await setJourneyCookie(outcome.token);
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
      await deleteDraft(await journeyToken());
      await clearJourneyCookie();
      redirect('/');
    },
  }),
);
