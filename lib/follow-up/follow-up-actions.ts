'use server';
// Follow-up without an account. Every action proves itself: the check action with the receipt, the others
// with the signed proof cookie it leaves (never the receipt, never the URL).
import 'server-only';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';
import { clientAddress } from '@/lib/security/client-address';
import { refuseFiles } from '@/lib/reporting/refuse-files';
import { addInformationSchema, receiptCheckSchema, reporterMessageSchema } from '@/lib/reporting/schemas';
import { addInformation } from './add-information';
import { checkReceipt } from './check-receipt';
import { replyToTeam } from './reply-to-team';
import { provenConcernId, rememberReporter } from './reporter-cookie';

export const checkConcern = refuseFiles(
  defineAction({
    name: 'followup.check',
    schema: receiptCheckSchema,
    secretFields: ['receipt'],
    authorise: async () => null,
    run: async (input) => {
      const result = await checkReceipt({ ...input, address: clientAddress(await headers()) });
      if (result.kind === 'limited')
        throw new UserFacingError('You have tried too many times. Please wait 15 minutes and try again.');
      if (result.kind === 'busy')
        throw new UserFacingError(
          'Too many people are checking reports right now. Please try again in a minute.',
        );
      if (result.kind === 'wrong')
        throw new UserFacingError(
          'The reference or secret code is not right. Check them and try again.',
          'reference',
        );
      await rememberReporter(result.concernId);
      redirect('/check/concern');
    },
  }),
);

async function requireReporter(): Promise<string> {
  const concernId = await provenConcernId();
  if (!concernId) redirect('/check');
  return concernId;
}

/** Counts one anonymous write against the caller's address, and refuses it once the allowance is used. */
async function throttleWrite(): Promise<void> {
  const limit = await consumeLimit('followup.write.address', clientAddress(await headers()));
  if (!limit.allowed)
    throw new UserFacingError(
      'You have sent a lot in a short time, so nothing was saved. Please wait an hour and try again.',
    );
}

export const sendReporterMessage = refuseFiles(
  defineAction({
    name: 'followup.message',
    schema: reporterMessageSchema,
    authorise: requireReporter,
    run: async (input, concernId) => {
      await throttleWrite();
      await replyToTeam(concernId, { text: input.message, sendKey: input.sendKey });
      revalidatePath('/check/concern');
      return { ok: true, message: 'Your message has been sent to the safeguarding team.' };
    },
  }),
);

export const addReporterInformation = refuseFiles(
  defineAction({
    name: 'followup.add-information',
    schema: addInformationSchema,
    authorise: requireReporter,
    run: async (input, concernId) => {
      await throttleWrite();
      await addInformation(concernId, { text: input.information, sendKey: input.sendKey });
      revalidatePath('/check/concern');
      return { ok: true, message: 'Thank you. We have added this to your report.' };
    },
  }),
);
