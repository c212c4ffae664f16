// A partnership's retention policy as data (table RetentionPolicy; no row means these defaults). The
// preview, the policy page and the nightly job all read it through getRetentionPolicy
// (get-retention-policy.ts), and the due date itself is worked out by one SQL function (retention_due,
// migration issue7_retention). No database import here: the policy form uses the limits in the browser.

export interface RetentionValues {
  /** A closed concern is kept until the child would be this old, when their age is known (IRMS toolkit). */
  keepUntilChildAge: number;
  /** Otherwise, this many years after it was closed. */
  yearsAfterClosure: number;
  /** Audit entries are kept this many years. */
  auditYears: number;
}

export const DEFAULT_RETENTION_POLICY: RetentionValues = {
  keepUntilChildAge: 25,
  yearsAfterClosure: 7,
  auditYears: 7,
};

/** What an administrator may choose; the form and the database agree on these. */
export const RETENTION_LIMITS = {
  keepUntilChildAge: { min: 18, max: 40 },
  yearsAfterClosure: { min: 1, max: 40 },
  auditYears: { min: 1, max: 20 },
} as const;

/** The oldest a child can be said to be on the reporting form (lib/reporting/schemas.ts). */
export const OLDEST_CHILD_AGE = 18;

/**
 * Nothing submitted after this can be due yet under the policy: a due date is never earlier than
 * submission + min(years after closure, keep-until age − oldest possible age). Lets the queries use the
 * submittedAt index instead of reading every closed concern.
 */
export function submittedNoLaterThan(policy: RetentionValues, dueBy: Date): Date {
  const years = Math.max(0, Math.min(policy.yearsAfterClosure, policy.keepUntilChildAge - OLDEST_CHILD_AGE));
  const bound = new Date(dueBy);
  bound.setUTCFullYear(bound.getUTCFullYear() - years);
  // A day's margin: the SQL adds years in the database's time zone.
  return new Date(bound.getTime() + 86_400_000);
}
