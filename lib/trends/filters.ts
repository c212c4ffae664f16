// The dashboard's filters: a GET form, so they work without JavaScript and can be bookmarked. Parsed
// strictly; every problem becomes a sentence shown in an error summary.
import { z } from 'zod';
import { parseDateInput } from '@/lib/format/dates';
import { PERIODS, PHASES, type Period } from './dimensions';

export interface FilterOptions {
  platforms: { id: string; slug: string; name: string }[];
  harms: { id: string; slug: string; name: string }[];
  areas: string[];
}

export interface TrendFilters {
  from: Date;
  to: Date;
  period: Period;
  platformId: string | null;
  harmCategoryId: string | null;
  area: string | null;
  phase: string | null;
}

export type FilterResult =
  | { ok: true; filters: TrendFilters; values: Record<string, string> }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

const MAX_DAYS = 3 * 366;
const DAY = 86_400_000;

const schema = z.strictObject({
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
  period: z.enum(PERIODS, { error: 'Choose weeks, months, quarters or years' }).optional(),
  platform: z.string().max(60).optional(),
  harm: z.string().max(60).optional(),
  area: z.string().max(100).optional(),
  phase: z.string().max(20).optional(),
  /** Which table a CSV download is for (checked by the CSV route). */
  table: z.string().max(20).optional(),
});

function parseDate(value: string | undefined, fallback: Date): Date | null {
  return value ? parseDateInput(value) : fallback;
}

export const iso = (date: Date) => date.toISOString().slice(0, 10);

export function parseTrendFilters(
  query: Record<string, string | string[] | undefined>,
  options: FilterOptions,
  today: Date,
): FilterResult {
  const raw = Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  ) as Record<string, string | undefined>;
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => v)) as Record<string, string>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: { form: 'These filters cannot be used' }, values };
  const input = parsed.data;
  const errors: Record<string, string> = {};
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const to = parseDate(input.to, end);
  const from = parseDate(input.from, new Date(end.getTime() - 182 * DAY));
  if (!from) errors.from = 'Enter a real start date as day, month and year, like 1/9/2026';
  if (!to) errors.to = 'Enter a real end date as day, month and year, like 30/11/2026';
  if (from && to && from > to) errors.from = 'The start date must be the same as or before the end date';
  else if (from && to && (to.getTime() - from.getTime()) / DAY > MAX_DAYS)
    errors.from = 'The date range must be 3 years or shorter';
  const platform = input.platform ? options.platforms.find((p) => p.slug === input.platform) : null;
  if (platform === undefined) errors.platform = 'Choose a platform from the list';
  const harm = input.harm ? options.harms.find((h) => h.slug === input.harm) : null;
  if (harm === undefined) errors.harm = 'Choose a kind of harm from the list';
  if (input.area && !options.areas.includes(input.area)) errors.area = 'Choose an area from the list';
  if (input.phase && !(input.phase in PHASES)) errors.phase = 'Choose a school phase from the list';
  if (Object.keys(errors).length > 0 || !from || !to) return { ok: false, errors, values };
  return {
    ok: true,
    values,
    filters: {
      from,
      to,
      period: input.period ?? 'month',
      platformId: platform?.id ?? null,
      harmCategoryId: harm?.id ?? null,
      area: input.area || null,
      phase: input.phase || null,
    },
  };
}
