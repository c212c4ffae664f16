import Link from 'next/link';
import type { NavigationLink } from './site-header';

/** `credit` says who runs the service; `linksHeading` names the links for screen readers. */
export function SiteFooter({
  links,
  linksHeading,
  credit,
}: {
  links: NavigationLink[];
  linksHeading: string;
  credit: string;
}) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {links.length > 0 && (
              <>
                <h2 className="govuk-visually-hidden">{linksHeading}</h2>
                <ul className="govuk-footer__inline-list">
                  {links.map((link) => (
                    <li className="govuk-footer__inline-list-item" key={link.href}>
                      <Link className="govuk-footer__link" href={link.href}>
                        {link.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="govuk-body-s">{credit}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
