import Link from 'next/link';
import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';
import { getSessionUser } from '@/lib/auth/session';
import { adminSections } from '@/lib/auth/staff-destinations';

// The administration area's own menu, under the staff header. Each page still checks its permission
// itself: a layout is not a security boundary.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const links = user ? adminSections(user) : [];
  return (
    <SiteFrame area="staff">
      {links.length > 0 && (
        <nav aria-label="Administration" className="govuk-!-margin-bottom-6">
          <ul className="govuk-list app-admin-menu">
            {links.map((link) => (
              <li key={link.href}>
                <Link className="govuk-link govuk-link--no-visited-state" href={link.href}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </SiteFrame>
  );
}
