// Who may do what, in one table. Roles are data (the Role enum on Membership); this table is the only
// place that says what each role may do, and tests/unit/permissions.test.ts checks it as a matrix.
// Which *records* a permission reaches (a DSL's own schools only) is decided next to the query, in lib/.
// The service operator is one more holder in the same table, but not a role: a grant for the whole
// deployment (a ServiceOperator row), never a membership, so it gives no partnership to act for
// (lib/auth/require-partnership.ts looks at membership roles only) and no partnership permission
// (tests/unit/service-operator.test.ts keeps the two kinds of permission apart).
import type { Role } from '@/lib/generated/prisma/enums';

/** The deployment-level grant of whoever runs the service. */
export const SERVICE_OPERATOR = 'SERVICE_OPERATOR';
/** What a permission can be held through: a role in a partnership, or the service operator grant. */
export type Grant = Role | typeof SERVICE_OPERATOR;

export const PERMISSIONS = {
  /** Read a concern's full record, chronology and messages. Scoped to the user's schools or front door. */
  'case.read': ['DSL', 'DEPUTY_DSL', 'FRONT_DOOR'],
  /** Add notes, decisions, referrals; change status, risk and assignment; message the reporter. */
  'case.update': ['DSL', 'DEPUTY_DSL', 'FRONT_DOOR'],
  /**
   * The school's child records (one file and one chronology per child, issue 18). School teams only: the
   * front door works single cases across schools and keeps no child files. Scoped to the user's schools.
   */
  'children.read': ['DSL', 'DEPUTY_DSL'],
  /**
   * Reports from several families naming one online account (issue 18): platform, counts, schools, dates and
   * references, never the account itself. The front door, which acts across schools; trends staff see counts.
   */
  'account-patterns.read': ['FRONT_DOOR'],
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
  /**
   * Take the partnership's data away (one bundle of everything it holds) and ask for the partnership to be
   * deleted from the service; the service operator confirms (lib/partnership-leave/).
   */
  'partnership.leave': ['ADMIN'],
  /** Export everything held about one concern for a subject access request. */
  'subject-access.export': ['DPO'],
  /** Run the deployment: add partnerships, see the service's health and email queue. Counts, never a case. */
  'service.operate': [SERVICE_OPERATOR],
  /**
   * The national lists every partnership shares: platforms (name, age rating, dates, national advice) and
   * national harm categories, so trends compare. Only the service operator changes them.
   */
  'reference.national.manage': [SERVICE_OPERATOR],
} as const satisfies Record<string, readonly Grant[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Grant, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Grant[]).includes(role);
}

export function rolesMay(roles: readonly Grant[], permission: Permission): boolean {
  return roles.some((role) => roleMay(role, permission));
}

/** Someone as far as permissions go: the roles of their memberships, and whether they run the service. */
export interface PermissionHolder {
  memberships: readonly { role: Role }[];
  serviceOperator?: boolean;
}

/** Everything the person holds: each membership's role, and the operator grant if they have it. */
export function grantsOf(person: PermissionHolder): Grant[] {
  const roles: Grant[] = person.memberships.map((m) => m.role);
  return person.serviceOperator ? [...roles, SERVICE_OPERATOR] : roles;
}

/** Whether the person holds the permission anywhere (pages and links; lib/ scopes the records). */
export function personMay(person: PermissionHolder, permission: Permission): boolean {
  return rolesMay(grantsOf(person), permission);
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
