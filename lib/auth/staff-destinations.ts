import type { Permission } from './permissions';
import { userMay, type SessionUser } from './session';

const DESTINATIONS: { href: string; label: string; permission: Permission }[] = [
  { href: '/cases', label: 'Concerns about children at your schools', permission: 'case.read' },
  { href: '/trends', label: 'Trends across the partnership', permission: 'trends.read' },
  { href: '/admin', label: 'Run the service', permission: 'staff.manage' },
];

/** Where a member of staff can go, by what their roles allow. Each page checks again for itself. */
export function staffDestinations(user: SessionUser) {
  return DESTINATIONS.filter((d) => userMay(user, d.permission)).map(({ href, label }) => ({ href, label }));
}
