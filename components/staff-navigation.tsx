'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { NavigationLink } from './site-header';

/** The link a page belongs to: the longest that is the path or a folder above it (/trends/warnings/new). */
function currentHref(links: NavigationLink[], path: string): string | undefined {
  return links
    .map((l) => l.href)
    .filter((href) => path === href || path.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * A member of staff's pages, as GOV.UK service navigation. A client component only to mark the current
 * page as the person moves between pages of one area (the layout around it is not drawn again).
 */
export function StaffNavigation({ links }: { links: NavigationLink[] }) {
  const current = currentHref(links, usePathname());
  return (
    <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
      <button
        type="button"
        className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
        aria-controls="navigation"
        hidden
      >
        Menu
      </button>
      <ul className="govuk-service-navigation__list" id="navigation">
        {links.map((link) =>
          link.href === current ? (
            <li
              className="govuk-service-navigation__item govuk-service-navigation__item--active"
              key={link.href}
            >
              <Link className="govuk-service-navigation__link" href={link.href} aria-current="page">
                <strong className="govuk-service-navigation__active-fallback">{link.label}</strong>
              </Link>
            </li>
          ) : (
            <li className="govuk-service-navigation__item" key={link.href}>
              <Link className="govuk-service-navigation__link" href={link.href}>
                {link.label}
              </Link>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
