import { redirect } from 'next/navigation';
import { ProofOfSendingView } from '@/components/proof-of-sending';
import { provenConcernId } from '@/lib/follow-up/reporter-cookie';
import { pageTitle } from '@/lib/i18n/page-title';
import { proofFromFollowUp } from '@/lib/reporting/proof-of-sending';

export const generateMetadata = pageTitle('proof.title');

/** For a parent who checked with their reference and secret code. The code is not kept, so never on it. */
export default async function FollowUpProofPage() {
  const concernId = await provenConcernId();
  const proof = concernId ? await proofFromFollowUp(concernId) : null;
  if (!proof) redirect('/check');
  return <ProofOfSendingView proof={proof} pdfHref="/check/concern/proof/pdf" backHref="/check/concern" />;
}
