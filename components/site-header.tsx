import Link from 'next/link';
import type { ReactNode } from 'react';

export interface NavigationLink {
  href: string;
  label: string;
}

/**
 * The partnership's banner and the service navigation. No crown and no GOV.UK logo: this is not GOV.UK.
 * Both names link to `homeHref`: the parents' start page, or on staff pages the person's main page.
 * `account` (who is signed in, sign out) sits in the banner; `navigation` beside the service name.
 */
export function SiteHeader({
  partnershipName,
  serviceName,
  serviceLabel = 'Service information',
  homeHref = '/',
  account,
  navigation,
}: {
  partnershipName?: string;
  serviceName: string;
  /** The service navigation's name for screen readers, in the page's language. */
  serviceLabel?: string;
  homeHref?: string;
  account?: ReactNode;
  navigation?: ReactNode;
}) {
  return (
    <>
      {partnershipName && (
        <header className="app-header">
          <div className="govuk-width-container app-header__container">
            <Link href={homeHref} className="app-header__link">
              {partnershipName}
            </Link>
            {account}
          </div>
        </header>
      )}
      <section
        className="govuk-service-navigation"
        aria-label={serviceLabel}
        data-module="govuk-service-navigation"
      >
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link href={homeHref} className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            </span>
            {navigation}
          </div>
        </div>
      </section>
    </>
  );
}
