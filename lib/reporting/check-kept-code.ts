import 'server-only';
import { typedCodeMatches } from '@/lib/concerns/codes';
import { consumeLimit, refundLimit } from '@/lib/rate-limit/rate-limit';
import { getConfirmationFor } from './get-confirmation';

export type KeptCodeCheck = { kind: 'kept' } | { kind: 'wrong' } | { kind: 'limited' } | { kind: 'gone' };

/**
 * Whether the parent typed back the secret code their confirmation shows (all of it, or its last group).
 * Only the journey's own cookie opens the sealed code to compare with: without it there is nothing to
 * check ('gone'). Wrong attempts count against the address; a right one gives its attempt back.
 */
export async function checkKeptCode(input: {
  token: string | undefined;
  typed: string;
  address: string;
}): Promise<KeptCodeCheck> {
  const shown = (await getConfirmationFor(input.token))?.receipt;
  if (!shown) return { kind: 'gone' };
  if (!(await consumeLimit('report.keep-code.address', input.address)).allowed) return { kind: 'limited' };
  if (!typedCodeMatches(shown, input.typed)) return { kind: 'wrong' };
  await refundLimit('report.keep-code.address', input.address);
  return { kind: 'kept' };
}
