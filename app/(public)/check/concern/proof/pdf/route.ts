import { provenConcernId } from '@/lib/follow-up/reporter-cookie';
import { proofFromFollowUp } from '@/lib/reporting/proof-of-sending';
import { proofPdfResponse } from '@/lib/reporting/render-proof-pdf';

export const dynamic = 'force-dynamic';

/** The proof as a PDF, for a parent who checked with their reference and secret code. */
export async function GET(): Promise<Response> {
  const concernId = await provenConcernId();
  return proofPdfResponse(concernId ? await proofFromFollowUp(concernId) : null);
}
