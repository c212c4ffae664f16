import { getProofFromJourney } from '@/lib/reporting/proof-of-sending';
import { proofPdfResponse } from '@/lib/reporting/render-proof-pdf';

export const dynamic = 'force-dynamic';

/** The proof as a PDF, while this browser's journey lasts; the secret code only when asked for. */
export async function GET(request: Request): Promise<Response> {
  const withCode = new URL(request.url).searchParams.get('code') === 'yes';
  return proofPdfResponse(await getProofFromJourney(withCode));
}
