// The columns we read from a Get Information About Schools (GIAS) extract, by their GIAS header names.
// Other columns (the full extract has over a hundred) are ignored. See README "Importing schools".
import type { SchoolPhase } from '@/lib/generated/prisma/enums';

export const GIAS_COLUMNS = {
  urn: 'URN',
  name: 'EstablishmentName',
  postcode: 'Postcode',
  town: 'Town',
  phase: 'PhaseOfEducation (name)',
  localAuthority: 'LA (name)',
} as const;

export type GiasField = keyof typeof GIAS_COLUMNS;

/** GIAS phase names → our phases. Matching ignores case and spaces at either end. */
export const GIAS_PHASES: Record<string, SchoolPhase> = {
  nursery: 'NURSERY',
  primary: 'PRIMARY',
  'middle deemed primary': 'MIDDLE',
  'middle deemed secondary': 'MIDDLE',
  middle: 'MIDDLE',
  secondary: 'SECONDARY',
  'all-through': 'ALL_THROUGH',
  'all through': 'ALL_THROUGH',
  '16 plus': 'SIXTEEN_PLUS',
  'not applicable': 'NOT_APPLICABLE',
};

export const PHASE_LABELS: Record<SchoolPhase, string> = {
  NURSERY: 'Nursery',
  PRIMARY: 'Primary',
  MIDDLE: 'Middle',
  SECONDARY: 'Secondary',
  ALL_THROUGH: 'All-through',
  SIXTEEN_PLUS: '16 plus',
  NOT_APPLICABLE: 'Not applicable',
};

/** Uploads larger than this are refused before they are read. 100,000 schools with these columns is ~8 MB. */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 150_000;
