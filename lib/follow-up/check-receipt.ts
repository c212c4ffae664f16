import 'server-only';
import { normaliseCode } from '@/lib/concerns/codes';
import { hashReceipt, receiptMatches } from '@/lib/concerns/receipt-hash';
import { getDb } from '@/lib/db';
import { consumeLimit } from '@/lib/rate-limit/rate-limit';

export type ReceiptCheck = { kind: 'ok'; concernId: string } | { kind: 'wrong' } | { kind: 'limited' };

// Verifying against this when the reference is unknown makes a wrong reference take as long as a wrong code.
let decoy: Promise<string> | undefined;

/**
 * Reference + receipt → the concern, counting every attempt against the caller's address and against the
 * reference, so guessing either is throttled. A correct check records when the reporter last looked.
 */
export async function checkReceipt(input: {
  reference: string;
  receipt: string;
  address: string;
}): Promise<ReceiptCheck> {
  const reference = normaliseCode(input.reference, 8);
  const receipt = normaliseCode(input.receipt, 16);
  if (!(await consumeLimit('receipt.check.address', input.address)).allowed) return { kind: 'limited' };
  if (reference && !(await consumeLimit('receipt.check.reference', reference)).allowed)
    return { kind: 'limited' };
  const concern = reference
    ? await getDb().concern.findUnique({ where: { reference }, select: { id: true, receiptHash: true } })
    : null;
  decoy ??= hashReceipt('DECOY-DECOY-DECOY-DECOY');
  const matches = await receiptMatches(concern?.receiptHash ?? (await decoy), receipt ?? '');
  if (!concern || !receipt || !matches) return { kind: 'wrong' };
  await getDb().concern.update({ where: { id: concern.id }, data: { reporterLastCheckAt: new Date() } });
  return { kind: 'ok', concernId: concern.id };
}
