// What applying an import would change, worked out against the schools as they are now.
import type { School } from '@/lib/generated/prisma/client';
import type { RejectedRow, SchoolRow } from './parse-gias-csv';

type Current = Pick<
  School,
  'id' | 'urn' | 'name' | 'town' | 'postcode' | 'phase' | 'localAuthority' | 'active'
> & {
  partnershipId: string;
};

export interface SchoolChange {
  row: SchoolRow;
  /** The fields that differ; "active" when an inactive school comes back. */
  fields: string[];
}

export interface ImportDiff {
  added: SchoolRow[];
  changed: SchoolChange[];
  unchanged: number;
  /** Active schools of the partnership that are not in the file. Deactivated only if asked. */
  notInFile: Current[];
  /** Rows whose URN belongs to a school of another partnership. */
  elsewhere: RejectedRow[];
}

const FIELDS = ['name', 'town', 'postcode', 'phase', 'localAuthority'] as const;

export function diffSchoolImport(partnershipId: string, rows: SchoolRow[], current: Current[]): ImportDiff {
  const byUrn = new Map(current.map((s) => [s.urn, s]));
  const diff: ImportDiff = { added: [], changed: [], unchanged: 0, notInFile: [], elsewhere: [] };
  const inFile = new Set<number>();
  rows.forEach((row, i) => {
    inFile.add(row.urn);
    const existing = byUrn.get(row.urn);
    if (!existing) return diff.added.push(row);
    if (existing.partnershipId !== partnershipId) {
      return diff.elsewhere.push({
        line: i + 2,
        urn: String(row.urn),
        reason: 'This URN belongs to a school in another partnership',
      });
    }
    const fields: string[] = FIELDS.filter((f) => existing[f] !== row[f]);
    if (!existing.active) fields.push('active');
    if (fields.length) diff.changed.push({ row, fields });
    else diff.unchanged += 1;
  });
  diff.notInFile = current.filter((s) => s.partnershipId === partnershipId && s.active && !inFile.has(s.urn));
  return diff;
}
