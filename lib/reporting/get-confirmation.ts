import 'server-only';
import { journeyToken } from './journey-cookie';
import type { NextStep } from './next-steps';
import { readDraft } from './report-draft';
import { openReceipt } from './seal-receipt';

/** The reference and receipt of this browser's sent report, while its confirmation is still kept. */
export async function getConfirmation(): Promise<Confirmation | null> {
  return getConfirmationFor(await journeyToken());
}

export interface Confirmation {
  reference: string;
  receipt: string | null;
  /** An urgency rule matched: the page says what to do out of hours. */
  urgent: boolean;
  /** The parent stayed anonymous (or the report was sent before this was kept): no email address instead of the code. */
  anonymous: boolean;
  /** Built from the answers when it was sent; none for a report sent before they were kept. */
  nextSteps: NextStep[];
}

export async function getConfirmationFor(token: string | undefined): Promise<Confirmation | null> {
  const sent = (await readDraft(token))?.sent;
  if (!token || !sent) return null;
  return {
    reference: sent.reference,
    receipt: openReceipt(token, sent.sealedReceipt),
    urgent: sent.urgent === true,
    anonymous: sent.anonymous !== false,
    nextSteps: sent.nextSteps ?? [],
  };
}
