// Who may do what, in one table. Roles are data (the Role enum on Membership); this table is the only
// place that says what each role may do, and tests/unit/permissions.test.ts checks it as a matrix.
// Which *records* a permission reaches (a DSL's own schools only) is decided next to the query, in lib/.
import type { Role } from '@/lib/generated/prisma/enums';

export const PERMISSIONS = {
  /** Read a concern's full record, chronology and messages. Scoped to the user's schools or front door. */
  'case.read': ['DSL', 'DEPUTY_DSL', 'FRONT_DOOR'],
  /** Add notes, decisions, referrals; change status, risk and assignment; message the reporter. */
  'case.update': ['DSL', 'DEPUTY_DSL', 'FRONT_DOOR'],
  /** Aggregate trends across schools. Never a single case. */
  'trends.read': ['PARTNERSHIP_STAFF'],
  /** Write and publish platform warnings and advice pages for parents. */
  'warnings.manage': ['PARTNERSHIP_STAFF'],
  /** Schools, their import from Get Information About Schools. */
  'schools.manage': ['ADMIN'],
  /** Invite, deactivate and reset staff accounts. */
  'staff.manage': ['ADMIN'],
  /**
   * The partnership's own reference data: which national platforms its parents are offered, its own harm
   * categories, referral destinations, escalation times.
   */
  'reference-data.manage': ['ADMIN'],
  /**
   * The national lists every partnership shares: platforms (name, age rating, dates, national advice) and
   * national harm categories, so trends compare. Only the service operator may change them; that role is
   * being added (issue 16), so for now no role holds this and nobody may change a national entry.
   * TODO(issue 16): give this to the service operator's role.
   */
  'reference.national.manage': [],
  /** See and retry email that could not be delivered (no content). */
  'email-delivery.manage': ['ADMIN'],
  /** Retention policy, what will be deleted. */
  'retention.manage': ['ADMIN'],
  /**
   * Place or lift a legal hold on a concern, by its reference. Administrators: a hold comes from outside the
   * case (a court, the police, an inquiry, the partnership's solicitor) and must outlast any one school's
   * team; a DSL who could lift holds on their own cases would defeat it. No case content is shown.
   */
  'legal-hold.manage': ['ADMIN'],
  /** Read the audit trail (who did what; no case content). */
  'audit.read': ['ADMIN', 'DPO'],
  /** Export everything held about one concern for a subject access request. */
  'subject-access.export': ['DPO'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function rolesMay(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => roleMay(role, permission));
}

/**
 * Permissions that show what is in a concern. Separation of duties: an administrator may not give
 * themselves a role holding one (lib/accounts/create-invitation.ts, lib/auth/invitations/accept-invitation.ts);
 * another administrator must, so no single person can grant and then use access to case content.
 */
const CASE_CONTENT: readonly Permission[] = ['case.read', 'case.update', 'subject-access.export'];

export function roleSeesCaseContent(role: Role): boolean {
  return CASE_CONTENT.some((permission) => roleMay(role, permission));
}
