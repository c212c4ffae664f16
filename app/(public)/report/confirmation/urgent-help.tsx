// What happens to an urgent report, for the parent who just sent one. Plain words: the parent is worried
// and may be reading at night. The school is not there out of hours, so the page says who is.
import type { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PhoneLink } from '@/components/phone-link';

/** The confirmation page's words in the parent's language (the page reads them once and hands them down). */
export type ConfirmationWords = Awaited<ReturnType<typeof getTranslations<'confirmation'>>>;

const phone = (number: ReactNode) => <PhoneLink number={String(number)} />;

export function UrgentHelp({ outOfHoursPhone, t }: { outOfHoursPhone: string | null; t: ConfirmationWords }) {
  return (
    <div className="govuk-inset-text" data-testid="urgent-help">
      <h2 className="govuk-heading-m">{t('urgentHeading')}</h2>
      <p className="govuk-body">{t('urgentTop')}</p>
      <p className="govuk-body">{t('closed')}</p>
      {outOfHoursPhone ? (
        <p className="govuk-body">
          {t.rich('outOfHours', {
            number: outOfHoursPhone,
            out: () => (
              <strong>
                <PhoneLink number={outOfHoursPhone} />
              </strong>
            ),
            phone,
          })}
        </p>
      ) : (
        <p className="govuk-body">
          {t.rich('noOutOfHours', { strong: (words) => <strong>{words}</strong>, phone })}
        </p>
      )}
    </div>
  );
}
