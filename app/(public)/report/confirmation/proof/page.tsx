import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ChoiceGroup, SubmitButton } from '@/components/forms/fields';
import { ProofOfSendingView } from '@/components/proof-of-sending';
import { pageTitle } from '@/lib/i18n/page-title';
import { getProofFromJourney } from '@/lib/reporting/proof-of-sending';

export const generateMetadata = pageTitle('proof.title');

/** Only while this browser's journey lasts; the secret code only when the parent ticks the box. */
export default async function ConfirmationProofPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string }>;
}) {
  const withCode = (await searchParams).code === 'yes';
  const [proof, t] = await Promise.all([getProofFromJourney(withCode), getTranslations('proof')]);
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
          legend={t('codeLegend')}
          choices={[
            {
              value: 'yes',
              label: t('codeLabel'),
              hint: t('codeHint'),
            },
          ]}
          selected={withCode ? 'yes' : undefined}
          small
        />
        <SubmitButton secondary>{t('update')}</SubmitButton>
      </form>
    </ProofOfSendingView>
  );
}
