// Reads a GIAS-shaped CSV into school rows and a list of rejected rows with reasons. Pure: no database.
import { parse } from 'csv-parse/sync';
import { decodeUpload } from '@/lib/csv/decode-upload';
import { looksLikeFormula } from '@/lib/csv/neutralise-cell';
import type { SchoolPhase } from '@/lib/generated/prisma/enums';
import { GIAS_COLUMNS, GIAS_PHASES, IMPORT_MAX_ROWS, type GiasField } from './gias-columns';

export interface SchoolRow {
  urn: number;
  name: string;
  town: string | null;
  postcode: string | null;
  phase: SchoolPhase;
  localAuthority: string;
}

export interface RejectedRow {
  /** The line in the file (the header is line 1). */
  line: number;
  urn: string;
  reason: string;
}

export type ParsedSchools =
  | { ok: true; rows: SchoolRow[]; rejected: RejectedRow[]; convertedFrom: string | null }
  | {
      ok: false;
      code: 'encoding' | 'not-csv' | 'columns' | 'too-many-rows';
      message: string;
      missing?: string[];
    };

const FIELDS = Object.keys(GIAS_COLUMNS) as GiasField[];

export function parseGiasCsv(bytes: Uint8Array): ParsedSchools {
  const decoded = decodeUpload(bytes);
  if (!decoded.ok) return { ...decoded, code: decoded.utf16 ? 'encoding' : 'not-csv' };
  let records: string[][];
  try {
    records = parse(decoded.text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      to_line: IMPORT_MAX_ROWS + 2,
    });
  } catch {
    return {
      ok: false,
      code: 'not-csv',
      message: 'The file could not be read as CSV. Check it is the extract saved as CSV.',
    };
  }
  if (records.length > IMPORT_MAX_ROWS + 1) {
    return {
      ok: false,
      code: 'too-many-rows',
      message: `The file has more than ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} schools. Download the extract for your local authorities only.`,
    };
  }
  const [header, ...body] = records;
  const index = columnIndex(header ?? []);
  if (!index.ok) return index;
  const { rows, rejected } = readRows(body, index.columns);
  return { ok: true, ...dropDuplicates(rows, rejected), convertedFrom: decoded.convertedFrom };
}

function columnIndex(
  header: string[],
): { ok: true; columns: Record<GiasField, number> } | Extract<ParsedSchools, { ok: false }> {
  const normalised = header.map((h) => h.trim().toLowerCase());
  const columns = {} as Record<GiasField, number>;
  const missing: string[] = [];
  for (const field of FIELDS) {
    columns[field] = normalised.indexOf(GIAS_COLUMNS[field].toLowerCase());
    if (columns[field] === -1) missing.push(GIAS_COLUMNS[field]);
  }
  if (missing.length === 0) return { ok: true, columns };
  return {
    ok: false,
    code: 'columns',
    missing,
    message: `The file’s first row must name these columns: ${FIELDS.map((f) => GIAS_COLUMNS[f]).join(', ')}. It is missing ${missing.join(', ')}.`,
  };
}

type Located = SchoolRow & { line: number };

function readRows(body: string[][], columns: Record<GiasField, number>) {
  const rows: Located[] = [];
  const rejected: RejectedRow[] = [];
  body.forEach((record, i) => {
    const line = i + 2;
    const cell = (field: GiasField) => record[columns[field]] ?? '';
    const result = validateRow(FIELDS.map(cell) as [string, string, string, string, string, string]);
    if (typeof result === 'string') rejected.push({ line, urn: cell('urn').slice(0, 20), reason: result });
    else rows.push({ ...result, line });
  });
  return { rows, rejected };
}

/** A row's cells in FIELDS order → a school, or the reason it is refused. */
function validateRow([urn, name, postcode, town, phase, la]: [
  string,
  string,
  string,
  string,
  string,
  string,
]): SchoolRow | string {
  if (!/^\d{6}$/.test(urn)) return urn ? 'The URN must be 6 digits' : 'The URN is missing';
  if (!name) return 'The school name is missing';
  if (name.length > 200) return 'The school name is longer than 200 characters';
  const mapped = GIAS_PHASES[phase.toLowerCase()];
  if (!mapped)
    return phase ? `The phase “${phase.slice(0, 40)}” is not a GIAS phase` : 'The phase is missing';
  if (!la) return 'The local authority is missing';
  if (la.length > 100 || town.length > 100)
    return 'The town or local authority is longer than 100 characters';
  if (postcode.length > 10) return 'The postcode is longer than 10 characters';
  if ([name, town, la, postcode].some(looksLikeFormula)) return 'A cell looks like a spreadsheet formula';
  return {
    urn: Number(urn),
    name,
    town: town || null,
    postcode: postcode ? postcode.toUpperCase() : null,
    phase: mapped,
    localAuthority: la,
  };
}

/** A URN on several lines cannot be trusted on any of them: all are refused, naming the lines. */
function dropDuplicates(rows: Located[], rejected: RejectedRow[]) {
  const lines = new Map<number, number[]>();
  for (const row of rows) lines.set(row.urn, [...(lines.get(row.urn) ?? []), row.line]);
  const kept: SchoolRow[] = [];
  for (const { line, ...row } of rows) {
    const seen = lines.get(row.urn)!;
    if (seen.length === 1) kept.push(row);
    else
      rejected.push({
        line,
        urn: String(row.urn),
        reason: `The URN appears more than once (lines ${seen.slice(0, 5).join(', ')})`,
      });
  }
  rejected.sort((a, b) => a.line - b.line);
  return { rows: kept, rejected };
}
