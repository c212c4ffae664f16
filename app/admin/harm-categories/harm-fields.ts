import type { HarmCategory } from '@/lib/reference-data/list-reference-data';
import type { AdminFieldSpec } from '../_components/admin-form';

export function harmFields(h?: HarmCategory): AdminFieldSpec[] {
  return [
    { kind: 'text', name: 'name', label: 'Name', defaultValue: h?.name, maxLength: 100 },
    {
      kind: 'textarea',
      name: 'hint',
      label: 'Hint shown to parents (optional)',
      defaultValue: h?.hint ?? '',
      maxLength: 300,
    },
    {
      kind: 'text',
      name: 'sortOrder',
      label: 'Position in the list',
      hint: 'Lower numbers come first',
      defaultValue: String(h?.sortOrder ?? 100),
      width: 4,
      inputMode: 'numeric',
    },
    {
      kind: 'radios',
      name: 'active',
      label: 'Can parents choose it?',
      hint: 'A category parents can no longer choose stays on concerns already sent',
      defaultValue: h ? (h.active ? 'yes' : 'no') : 'yes',
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
  ];
}
