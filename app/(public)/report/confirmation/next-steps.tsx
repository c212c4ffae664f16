// After sending: what the parent can do now, built from their answers (lib/reporting/next-steps.ts). Our
// words, from the catalogue's nextSteps, for a worried parent on a phone. Links to other services open
// their own sites; nothing is sent to them from here. A platform's name, steps and advice stay as written.
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { findPlatformBySlug } from '@/lib/reference-data/find-platform-by-slug';
import type { NextStep } from '@/lib/reporting/next-steps';
import { PlatformStep } from './platform-step';

/** Another service's site, as a rich-text tag's link: `t.rich('iwf', { link: outLink(href) })`. */
function outLink(href: string) {
  return function OutLink(words: ReactNode) {
    return (
      <a className="govuk-link" href={href} rel="noreferrer">
        {words}
      </a>
    );
  };
}

export async function NextSteps({
  steps,
  partnershipId,
}: {
  steps: NextStep[];
  partnershipId: string | null;
}) {
  if (steps.length === 0) return null;
  const platforms = await Promise.all(
    steps.flatMap((step) =>
      step.kind === 'platform' && partnershipId ? [findPlatformBySlug(step.slug, partnershipId)] : [],
    ),
  );
  const t = await getTranslations('nextSteps');
  return (
    <section aria-labelledby="next-steps" data-testid="next-steps">
      <h2 className="govuk-heading-m" id="next-steps">
        {t('heading')}
      </h2>
      {platforms.map((platform) => platform && <PlatformStep key={platform.id} platform={platform} />)}
      {steps.some((s) => s.kind === 'report-remove') && (
        <>
          <h3 className="govuk-heading-s">{t('reportRemoveHeading')}</h3>
          <p className="govuk-body">
            {t.rich('reportRemove', { link: outLink('https://www.childline.org.uk/') })}
          </p>
        </>
      )}
      {steps.some((s) => s.kind === 'iwf') && (
        <>
          <h3 className="govuk-heading-s">{t('iwfHeading')}</h3>
          <p className="govuk-body">{t.rich('iwf', { link: outLink('https://report.iwf.org.uk/') })}</p>
        </>
      )}
      {steps.some((s) => s.kind === 'ceop') && (
        <>
          <h3 className="govuk-heading-s">{t('ceopHeading')}</h3>
          <p className="govuk-body">
            {t.rich('ceop', { link: outLink('https://www.ceop.police.uk/ceop-reporting/') })}
          </p>
        </>
      )}
      {steps.some((s) => s.kind === 'evidence') && (
        <>
          <h3 className="govuk-heading-s">{t('evidenceHeading')}</h3>
          <p className="govuk-body">{t('evidenceIntro')}</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>{t('evidenceNames')}</li>
            <li>{t('evidenceDates')}</li>
            <li>{t('evidenceReference')}</li>
          </ul>
          <p className="govuk-body">{t('evidenceWarning')}</p>
        </>
      )}
    </section>
  );
}
