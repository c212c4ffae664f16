// Rows in the tables a request could change: cases and their records, messages, email, accounts,
// reference data, alerts, imports, unsent reports. A refused request must leave every count as it was.
import { query } from '../e2e-db';

const TABLES = [
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
  'PlatformAlert',
  'SchoolImport',
  'ReportDraft',
];

export async function keyRowCounts(): Promise<Record<string, number>> {
  const sql = TABLES.map((t) => `SELECT '${t}' AS name, count(*)::int AS n FROM "${t}"`).join(' UNION ALL ');
  const rows = await query<{ name: string; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}
