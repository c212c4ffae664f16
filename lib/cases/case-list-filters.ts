// The case list's filters, read from the address (a GET form, so they work without JavaScript and can be
// bookmarked). A value that does not make sense is dropped with a message; the rest still apply.
import { z } from 'zod';
import { parseDateInput } from '@/lib/format/dates';

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const slug = z
  .string()
  .max(60)
  .regex(/^[a-z0-9-]+$/);
const ukDate = z
  .string()
  .max(20)
  .transform((v, ctx) => {
    const date = parseDateInput(v);
    if (date) return date;
    ctx.addIssue({ code: 'custom', message: 'Not a date' });
    return z.NEVER;
  });

const FIELDS = {
  status: [
    optional(z.enum(['NEW', 'OPENED', 'UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED', 'CLOSED'])),
    'Select a status from the list',
  ],
  urgency: [optional(z.enum(['urgent', 'not-urgent'])), 'Select urgent or not urgent'],
  risk: [optional(z.enum(['LOW', 'MEDIUM', 'HIGH', 'none'])), 'Select a level of risk from the list'],
  platform: [optional(slug), 'Select a platform from the list'],
  harm: [optional(slug), 'Select a kind of harm from the list'],
  school: [optional(z.uuid()), 'Select one of your schools'],
  from: [optional(ukDate), 'Enter the “from” date as day, month and year, like 27/3/2026'],
  to: [optional(ukDate), 'Enter the “to” date as day, month and year, like 27/3/2026'],
  mine: [optional(z.literal('yes')), 'Select “assigned to me” or leave it empty'],
  q: [
    optional(
      z
        .string()
        .trim()
        .max(20)
        .regex(/^[A-Za-z0-9\s-]*$/),
    ),
    'Enter a reference like K7QM-4X9T',
  ],
  page: [optional(z.coerce.number().int().min(1).max(100_000)), 'Enter a page number'],
} as const;

export type CaseListFilters = {
  [K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K][0]>;
};

export interface ParsedCaseListFilters {
  filters: CaseListFilters;
  errors: Record<string, string>;
  /** What was typed, to show in the form again. */
  values: Record<string, string>;
}

export function parseCaseListFilters(
  params: Record<string, string | string[] | undefined>,
): ParsedCaseListFilters {
  const filters: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const [name, [schema, message]] of Object.entries(FIELDS)) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) values[name] = value.slice(0, 100);
    const parsed = schema.safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else errors[name] = message;
  }
  return { filters: filters as CaseListFilters, errors, values };
}
