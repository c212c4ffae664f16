import Link from 'next/link';
import type { NavigationLink } from './site-header';

export function SiteFooter({ partnershipName, links }: { partnershipName: string; links: NavigationLink[] }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {links.length > 0 && (
              <>
                <h2 className="govuk-visually-hidden">Support links</h2>
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
            <p className="govuk-body-s">Run by {partnershipName}. Open-source software.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
