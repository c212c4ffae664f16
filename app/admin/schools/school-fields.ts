import type { AdminFieldSpec } from '../_components/admin-form';
import { PHASE_LABELS } from '@/lib/schools/gias-columns';

type Values = {
  urn?: number;
  name?: string;
  town?: string | null;
  postcode?: string | null;
  phase?: string;
  localAuthority?: string;
};

/** The add and edit forms' fields, with the school's current values when editing. */
export function schoolFields(school: Values = {}): AdminFieldSpec[] {
  return [
    {
      kind: 'text',
      name: 'urn',
      label: 'URN',
      hint: 'The 6-digit unique reference number from Get Information About Schools',
      width: 10,
      inputMode: 'numeric',
      defaultValue: school.urn?.toString(),
    },
    { kind: 'text', name: 'name', label: 'Name', defaultValue: school.name, maxLength: 200 },
    { kind: 'text', name: 'town', label: 'Town (optional)', defaultValue: school.town ?? '', width: 20 },
    {
      kind: 'text',
      name: 'postcode',
      label: 'Postcode (optional)',
      defaultValue: school.postcode ?? '',
      width: 10,
    },
    {
      kind: 'radios',
      name: 'phase',
      label: 'Phase',
      defaultValue: school.phase,
      choices: Object.entries(PHASE_LABELS).map(([value, label]) => ({ value, label })),
    },
    {
      kind: 'text',
      name: 'localAuthority',
      label: 'Local authority',
      defaultValue: school.localAuthority,
      width: 20,
    },
  ];
}
