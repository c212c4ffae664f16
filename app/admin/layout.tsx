import Link from 'next/link';
import type { ReactNode } from 'react';
import { getSessionUser, userMay } from '@/lib/auth/session';

// The administration area's own menu. Each page still checks its permission itself: a layout is not a
// security boundary.
const SECTIONS = [
  { href: '/admin/schools', label: 'Schools', permission: 'schools.manage' },
  { href: '/admin/staff', label: 'People', permission: 'staff.manage' },
  { href: '/admin/platforms', label: 'Platforms', permission: 'reference-data.manage' },
  { href: '/admin/harm-categories', label: 'Harm categories', permission: 'reference-data.manage' },
  { href: '/admin/escalation', label: 'Escalation times', permission: 'reference-data.manage' },
  { href: '/admin/retention', label: 'Retention', permission: 'retention.manage' },
  { href: '/admin/audit', label: 'Audit trail', permission: 'audit.read' },
  { href: '/admin/subject-access', label: 'Subject access', permission: 'subject-access.export' },
] as const;

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const links = user ? SECTIONS.filter((s) => userMay(user, s.permission)) : [];
  return (
    <>
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
    </>
  );
}
