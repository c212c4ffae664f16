import 'server-only';
import { normaliseCode } from '@/lib/concerns/codes';
import { hashReceipt, receiptMatches } from '@/lib/concerns/receipt-hash';
import { getDb } from '@/lib/db';
import { consumeLimit, refundLimit } from '@/lib/rate-limit/rate-limit';
import { withReceiptSlot } from './receipt-slots';

export type ReceiptCheck =
  { kind: 'ok'; concernId: string } | { kind: 'wrong' } | { kind: 'limited' } | { kind: 'busy' };

// Verifying against this when the reference is unknown makes a wrong reference take as long as a wrong
// code. It is hashed once per process: that is all the hash work a check with an unknown reference adds.
let decoy: Promise<string> | undefined;

/** Today's date in UK time, as a date column holds it (midnight UTC): staff need the day, not the moment. */
function londonToday(): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Reference + receipt → the concern. Only failures count against the caller's address (a right code gives
 * its attempt back), and nothing counts against the reference: a stranger who knows it cannot lock its
 * reporter out, and ~77 bits of receipt cannot be guessed at any rate the address limit allows.
 */
export async function checkReceipt(input: {
  reference: string;
  receipt: string;
  address: string;
}): Promise<ReceiptCheck> {
  const reference = normaliseCode(input.reference, 8);
  const receipt = normaliseCode(input.receipt, 16);
  // A malformed reference or code matches nothing, and its shape already says so: no hash work.
  if (!reference || !receipt) {
    const limit = await consumeLimit('receipt.check.address', input.address);
    return { kind: limit.allowed ? 'wrong' : 'limited' };
  }
  // When the slots are full the check is refused before it costs a query or a hash.
  const result = await withReceiptSlot(() => verify(reference, receipt, input.address));
  return result ?? { kind: 'busy' };
}

async function verify(reference: string, receipt: string, address: string): Promise<ReceiptCheck> {
  if (!(await consumeLimit('receipt.check.address', address)).allowed) return { kind: 'limited' };
  const concern = await getDb().concern.findUnique({
    where: { reference },
    select: { id: true, receiptHash: true },
  });
  decoy ??= hashReceipt('DECOY-DECOY-DECOY-DECOY');
  const matches = await receiptMatches(concern?.receiptHash ?? (await decoy), receipt);
  if (!concern || !matches) return { kind: 'wrong' };
  await refundLimit('receipt.check.address', address);
  await getDb().concern.update({ where: { id: concern.id }, data: { reporterLastCheckAt: londonToday() } });
  return { kind: 'ok', concernId: concern.id };
}
