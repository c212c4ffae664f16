import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

/** A question page: a back link and one column at two-thirds width (full width on a phone). */
export async function QuestionPage({ back, children }: { back?: string; children: ReactNode }) {
  const t = await getTranslations('report');
  return (
    <>
      {back && (
        <Link href={back} className="govuk-back-link">
          {t('back')}
        </Link>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">{children}</div>
      </div>
    </>
  );
}
