// The add/edit school form, shared by the page and the server action.
import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';
import { PHASE_LABELS } from './gias-columns';

const PHASES = Object.keys(PHASE_LABELS) as [keyof typeof PHASE_LABELS, ...(keyof typeof PHASE_LABELS)[]];

const optional = (max: number, message: string) =>
  freeText()
    .max(max, message)
    .transform((v) => v || null);

export const schoolSchema = z.strictObject({
  urn: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the URN, 6 digits, from Get Information About Schools')
    .transform(Number),
  name: freeText().min(1, 'Enter the school’s name').max(200, 'Name must be 200 characters or fewer'),
  town: optional(100, 'Town must be 100 characters or fewer'),
  postcode: optional(10, 'Postcode must be 10 characters or fewer').transform(
    (v) => v?.toUpperCase() ?? null,
  ),
  phase: z.enum(PHASES, { error: 'Select the school’s phase' }),
  localAuthority: freeText()
    .min(1, 'Enter the local authority')
    .max(100, 'Local authority must be 100 characters or fewer'),
});

export type SchoolInput = z.infer<typeof schoolSchema>;
export const SCHOOL_FIELD_ORDER = ['urn', 'name', 'town', 'postcode', 'phase', 'localAuthority'];
