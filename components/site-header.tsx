import Link from 'next/link';

export interface NavigationLink {
  href: string;
  label: string;
}

/** The partnership's banner and the service navigation. No crown and no GOV.UK logo: this is not GOV.UK. */
export function SiteHeader({
  partnershipName,
  serviceName,
  links,
}: {
  partnershipName: string;
  serviceName: string;
  links: NavigationLink[];
}) {
  return (
    <>
      <header className="app-header">
        <div className="govuk-width-container">
          <Link href="/" className="app-header__link">
            {partnershipName}
          </Link>
        </div>
      </header>
      <section
        className="govuk-service-navigation"
        aria-label="Service information"
        data-module="govuk-service-navigation"
      >
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link href="/" className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            </span>
            {links.length > 0 && (
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list" id="navigation">
                  {links.map((link) => (
                    <li className="govuk-service-navigation__item" key={link.href}>
                      <Link className="govuk-service-navigation__link" href={link.href}>
                        {link.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </div>
      </section>
    </>
  );
}
