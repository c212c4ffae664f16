// The dimensions a trend can be broken down by, and their labels. Shared by queries, tables and CSV.

/** "Any platform" / "any harm" in TrendCell: see the TrendCell model. */
export const ANY = '00000000-0000-0000-0000-000000000000';

export const BREAKDOWNS = ['platform', 'harm', 'yearBand', 'phase', 'area'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
/** How the dashboard counts over time: Monday-start weeks, or calendar months, quarters, years (UK time). */
export const PERIODS = ['month', 'quarter', 'year', 'week'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_NAMES: Record<Period, string> = {
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

/** Mirrors trend_year_band() in the issue6 migration. */
export const YEAR_BANDS: Record<number, string> = {
  0: 'Age or year not given',
  1: 'Reception to Year 2',
  2: 'Years 3 to 6',
  3: 'Years 7 to 9',
  4: 'Years 10 and 11',
  5: 'Years 12 and 13',
};

export const PHASES: Record<string, string> = {
  NURSERY: 'Nursery',
  PRIMARY: 'Primary',
  MIDDLE: 'Middle',
  SECONDARY: 'Secondary',
  ALL_THROUGH: 'All-through',
  SIXTEEN_PLUS: '16 plus',
  NOT_APPLICABLE: 'Not applicable',
  NONE: 'No school given',
};

export const BREAKDOWN_TITLES: Record<Breakdown, string> = {
  platform: 'Concerns by platform',
  harm: 'Concerns by kind of harm',
  yearBand: 'Concerns by school year',
  phase: 'Concerns by school phase',
  area: 'Concerns by area',
};

export const BREAKDOWN_COLUMN: Record<Breakdown, string> = {
  platform: 'Platform',
  harm: 'Kind of harm',
  yearBand: 'School year',
  phase: 'School phase',
  area: 'Area',
};

/** Whether the categories split concerns into parts that add up to the total (single choice per concern). */
export function isPartition(breakdown: Breakdown): boolean {
  return breakdown !== 'platform' && breakdown !== 'harm';
}

/** Why a breakdown's rows add up to more than the concerns: a parent may choose several. */
export const SEVERAL_CHOSEN_NOTE: Partial<Record<Breakdown, string>> = {
  platform:
    'A parent can choose more than one platform for a concern, so these numbers add up to more than the number of concerns.',
  harm: 'A parent can choose more than one kind of harm for a concern, so these numbers add up to more than the number of concerns.',
};
