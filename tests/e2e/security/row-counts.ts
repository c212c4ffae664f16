// Rows in the tables a request could change: cases and their records, messages, email, accounts,
// reference data, warnings, imports, unsent reports. A refused request must leave every count as it was,
// apart from the security traces below.
import { query } from '../e2e-db';

const TABLES = [
  'Partnership',
  'ServiceOperator',
  'RetentionPolicy',
  'Concern',
  'ConcernEvent',
  'Message',
  'Referral',
  'AuditEntry',
  'OutboxEmail',
  'StaffUser',
  'Membership',
  'Invitation',
  'PasswordToken',
  'RecoveryCode',
  'School',
  'Platform',
  'HarmCategory',
  'PartnershipPlatform',
  'PlatformWarning',
  'SchoolImport',
  'ReportDraft',
  'ReviewRequest',
];

// The one trace a refused request must leave (issue 22 item 14): a refused case look-up is a security entry
// on the audit page, and many of them email the partnership's administrators. Counted apart, never as a write.
const SECURITY_TRACES: Record<string, string> = {
  AuditEntry: `action <> 'security.case-look-up-refused'`,
  OutboxEmail: `kind <> 'staff.case-look-ups-refused'`,
};

export async function keyRowCounts(): Promise<Record<string, number>> {
  const sql = TABLES.map(
    (t) =>
      `SELECT '${t}' AS name, count(*)::int AS n FROM "${t}"` +
      (SECURITY_TRACES[t] ? ` WHERE ${SECURITY_TRACES[t]}` : ''),
  ).join(' UNION ALL ');
  const rows = await query<{ name: string; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/** How many refused case look-ups have been recorded (the security trace above). */
export async function refusedLookUps(): Promise<number> {
  const [row] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditEntry" WHERE action = 'security.case-look-up-refused'`,
  );
  return row?.n ?? 0;
}
