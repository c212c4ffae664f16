// Where each member of staff can go, by what their roles allow (lib/auth/permissions.ts): the staff header's
// links, the administration menu, and the page sign-in lands on. Links only: each page checks for itself.
import { personMay, type Permission, type PermissionHolder } from './permissions';

export interface StaffLink {
  href: string;
  label: string;
}

/**
 * Only the roles matter here, from every membership (someone in two partnerships sees what both allow),
 * and the service operator grant.
 */
type Person = PermissionHolder;

const may = (person: Person, permission: Permission) => personMay(person, permission);

/** The administration area's sections, in the order of its menu. */
const ADMIN_SECTIONS: (StaffLink & { permission: Permission })[] = [
  { href: '/admin/schools', label: 'Schools', permission: 'schools.manage' },
  { href: '/admin/staff', label: 'People', permission: 'staff.manage' },
  { href: '/admin/sign-in', label: 'Work account sign-in', permission: 'staff.manage' },
  { href: '/admin/platforms', label: 'Platforms', permission: 'reference-data.manage' },
  { href: '/admin/harm-categories', label: 'Harm categories', permission: 'reference-data.manage' },
  { href: '/admin/escalation', label: 'Escalation times', permission: 'reference-data.manage' },
  {
    href: '/admin/early-warning',
    label: 'Early warning from other areas',
    permission: 'reference-data.manage',
  },
  { href: '/admin/term-dates', label: 'School terms', permission: 'reference-data.manage' },
  { href: '/admin/closing-messages', label: 'Closing messages', permission: 'reference-data.manage' },
  { href: '/admin/branding', label: 'Name and privacy', permission: 'reference-data.manage' },
  { href: '/admin/retention', label: 'Retention', permission: 'retention.manage' },
  { href: '/admin/audit', label: 'Audit trail', permission: 'audit.read' },
  { href: '/admin/subject-access', label: 'Subject access', permission: 'subject-access.export' },
  { href: '/admin/leave', label: 'Leave the service', permission: 'partnership.leave' },
];

export function adminSections(person: Person): StaffLink[] {
  return ADMIN_SECTIONS.filter((s) => may(person, s.permission)).map(({ href, label }) => ({ href, label }));
}

/**
 * Each person's main pages, in the order that decides where sign-in lands (the first one they may use):
 * a case team's cases (and its file transfers), then the partnership's trends, then administration, then running the service.
 */
const MAIN_PAGES: { link: StaffLink; allowed: (person: Person) => boolean }[] = [
  { link: { href: '/cases', label: 'Cases' }, allowed: (p) => may(p, 'case.read') },
  // The permission app/transfers/page.tsx asks for.
  { link: { href: '/transfers', label: 'Transfers' }, allowed: (p) => may(p, 'case.read') },
  { link: { href: '/children', label: 'Children' }, allowed: (p) => may(p, 'children.read') },
  { link: { href: '/trends', label: 'Trends' }, allowed: (p) => may(p, 'trends.read') },
  { link: { href: '/admin', label: 'Administration' }, allowed: (p) => adminSections(p).length > 0 },
  { link: { href: '/operator', label: 'Service health' }, allowed: (p) => may(p, 'service.operate') },
  {
    link: { href: '/operator/partnerships', label: 'Partnerships' },
    allowed: (p) => may(p, 'service.operate'),
  },
  {
    link: { href: '/operator/leaving', label: 'Leaving' },
    allowed: (p) => may(p, 'service.operate'),
  },
  {
    link: { href: '/operator/national-lists', label: 'National lists' },
    allowed: (p) => may(p, 'reference.national.manage'),
  },
];

const WARNINGS: StaffLink = { href: '/trends/warnings', label: 'Warnings for parents' };
const PATTERNS: StaffLink = { href: '/patterns', label: 'Patterns' };
const ACCOUNT: StaffLink = { href: '/staff', label: 'Your account' };

/** Where signing in takes each person; someone with no role yet gets the account page, which says so. */
export function mainPage(person: Person): string {
  return MAIN_PAGES.find((page) => page.allowed(person))?.link.href ?? ACCOUNT.href;
}

/** The main pages a person may use (for the account page's list). */
export function staffDestinations(person: Person): StaffLink[] {
  return MAIN_PAGES.filter((page) => page.allowed(person)).map((page) => page.link);
}

/** The staff header's links: the person's main pages, the warnings they write, patterns, and their account. */
export function staffNavigation(person: Person): StaffLink[] {
  const links = staffDestinations(person);
  if (may(person, 'warnings.manage'))
    links.splice(links.findIndex((l) => l.href === '/trends') + 1, 0, WARNINGS);
  if (may(person, 'account-patterns.read'))
    links.splice(links.findIndex((l) => l.href === '/cases') + 1, 0, PATTERNS);
  return [...links, ACCOUNT];
}
