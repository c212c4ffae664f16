import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChoiceGroup, SubmitButton } from '@/components/forms/fields';
import { ProofOfSendingView } from '@/components/proof-of-sending';
import { getProofFromJourney } from '@/lib/reporting/proof-of-sending';

export const metadata: Metadata = { title: 'Proof you sent a report' };

/** Only while this browser's journey lasts; the secret code only when the parent ticks the box. */
export default async function ConfirmationProofPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string }>;
}) {
  const withCode = (await searchParams).code === 'yes';
  const proof = await getProofFromJourney(withCode);
  if (!proof) redirect('/report/confirmation');
  return (
    <ProofOfSendingView
      proof={proof}
      pdfHref={`/report/confirmation/proof/pdf${withCode ? '?code=yes' : ''}`}
      backHref="/report/confirmation"
    >
      <form method="get" action="/report/confirmation/proof">
        <ChoiceGroup
          type="checkbox"
          name="code"
          legend="Your secret code"
          choices={[
            {
              value: 'yes',
              label: 'Put my secret code on it',
              hint: 'Anyone who finds the paper or file can use the code to read your report.',
            },
          ]}
          selected={withCode ? 'yes' : undefined}
          small
        />
        <SubmitButton secondary>Update</SubmitButton>
      </form>
    </ProofOfSendingView>
  );
}
