'use server';
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { parentUnexpectedError } from '@/lib/i18n/parent-say';
import { clientAddress } from '@/lib/security/client-address';
import { checkKeptCode } from './check-kept-code';
import { getConfirmationFor } from './get-confirmation';
import { clearJourneyCookie, journeyToken } from './journey-cookie';
import { deleteDraft } from './report-draft';
import { refuseFiles } from './refuse-files';
import { saveEmailInstead } from './save-email-instead';
import {
  emailInsteadSchema,
  KEPT_CODE_LIMITED,
  KEPT_CODE_WRONG,
  keepCodeSchema,
  leaveWithoutCodeSchema,
} from './schemas';

// The confirmation page's way out: the parent proves they kept the secret code, gives an email address
// instead, or leaves without it. Each ends the journey on this device (the sealed code goes with it).
// Only the journey's own cookie lets these act on a report; without it they go back to the confirmation.

async function forgetJourney(token: string | undefined): Promise<void> {
  await deleteDraft(token);
  await clearJourneyCookie();
}

export const keepCode = refuseFiles(
  defineAction({
    name: 'report.keep-code',
    schema: keepCodeSchema,
    // What the parent typed is never handed back or logged.
    secretFields: ['code'],
    authorise: async () => null,
    unexpectedError: parentUnexpectedError,
    run: async (input) => {
      const token = await journeyToken();
      const address = clientAddress(await headers());
      const check = await checkKeptCode({ token, typed: input.code, address });
      if (check.kind === 'gone') redirect('/report/confirmation');
      if (check.kind === 'limited') throw new UserFacingError(KEPT_CODE_LIMITED);
      if (check.kind === 'wrong') throw new UserFacingError(KEPT_CODE_WRONG, 'code');
      await forgetJourney(token);
      redirect('/report/done');
    },
  }),
);

export const giveEmailInstead = refuseFiles(
  defineAction({
    name: 'report.email-instead',
    schema: emailInsteadSchema,
    authorise: async () => null,
    unexpectedError: parentUnexpectedError,
    run: async (input) => {
      const token = await journeyToken();
      const saved = await saveEmailInstead(token, input.reporterEmail);
      if (saved === 'gone') redirect('/report/confirmation');
      if (saved === 'anonymous') redirect('/report/confirmation/no-code');
      await forgetJourney(token);
      redirect('/report/done?kept=email');
    },
  }),
);

export const leaveWithoutCode = refuseFiles(
  defineAction({
    name: 'report.leave-without-code',
    schema: leaveWithoutCodeSchema,
    authorise: async () => null,
    unexpectedError: parentUnexpectedError,
    run: async () => {
      // Only a sent report's journey ends here: answers still being written are not thrown away.
      const token = await journeyToken();
      if (await getConfirmationFor(token)) await forgetJourney(token);
      redirect('/report/done?kept=none');
    },
  }),
);
