import 'server-only';
import { journeyToken, lateSentToken } from './journey-cookie';
import { readDraft } from './report-draft';
import { openReceipt } from './seal-receipt';

/** The reference and receipt of this browser's sent report, while its confirmation is still kept. */
export async function getConfirmation(): Promise<Confirmation | null> {
  const token = await journeyToken();
  // A send that gave up waiting but committed: the browser holds the token its journey moved to aside.
  return (await getConfirmationFor(token)) ?? getConfirmationFor(await lateSentToken(token));
}

export interface Confirmation {
  reference: string;
  receipt: string | null;
  /** An urgency rule matched: the page says what to do out of hours. */
  urgent: boolean;
}

export async function getConfirmationFor(token: string | undefined): Promise<Confirmation | null> {
  const sent = (await readDraft(token))?.sent;
  if (!token || !sent) return null;
  return {
    reference: sent.reference,
    receipt: openReceipt(token, sent.sealedReceipt),
    urgent: sent.urgent === true,
  };
}
