// The canonical form of an audit entry for its chain hash. The database computes the same thing in the
// trigger "AuditEntry_chain" (see the migration issue7_admin_audit_chain); this copy lets the verifier check
// the database's work independently. Each field is written as "<bytes>:<value>" (or "-" for null) so no
// choice of values can make two different entries read the same.
import { createHash } from 'node:crypto';

export interface ChainedEntry {
  id: bigint;
  chainPosition: bigint;
  prevHash: string;
  /** Milliseconds since the epoch (the column keeps milliseconds). */
  atMs: bigint;
  actorId: string | null;
  action: string;
  subject: string;
  subjectId: string | null;
  concernId: string | null;
  /** The jsonb column as Postgres prints it (its own normalised text), or null. */
  detailText: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

function field(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

export function canonicalAuditEntry(entry: ChainedEntry): string {
  return [
    entry.prevHash,
    entry.chainPosition.toString(),
    entry.id.toString(),
    entry.atMs.toString(),
    entry.actorId,
    entry.action,
    entry.subject,
    entry.subjectId,
    entry.concernId,
    entry.detailText,
  ]
    .map(field)
    .join('');
}

export function auditEntryHash(entry: ChainedEntry): string {
  return createHash('sha256').update(canonicalAuditEntry(entry), 'utf8').digest('hex');
}
