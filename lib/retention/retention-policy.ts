// The retention policy, until partnerships can set their own (issue 7's retention part). Written as data
// so the preview and the future nightly job read the same numbers.
export const RETENTION_POLICY = {
  /** A closed concern is kept until the child would be this old, when their age is known (IRMS toolkit). */
  keepUntilChildAge: 25,
  /** Otherwise, this many years after it was closed. */
  yearsAfterClosureWhenAgeUnknown: 7,
} as const;

/** When a closed concern falls due for deletion under the policy, or null if it is not closed. */
export function deletionDue(concern: {
  closedAt: Date | null;
  submittedAt: Date;
  childAge: number | null;
  childYear: number | null;
}): Date | null {
  if (!concern.closedAt) return null;
  // School year 0 (Reception) children are 4 to 5: age ≈ year + 5.
  const age = concern.childAge ?? (concern.childYear !== null ? concern.childYear + 5 : null);
  const due = new Date(age !== null ? concern.submittedAt : concern.closedAt);
  due.setUTCFullYear(
    due.getUTCFullYear() +
      (age !== null
        ? RETENTION_POLICY.keepUntilChildAge - age
        : RETENTION_POLICY.yearsAfterClosureWhenAgeUnknown),
  );
  // Never before closure, whatever the age said.
  return due < concern.closedAt ? concern.closedAt : due;
}
