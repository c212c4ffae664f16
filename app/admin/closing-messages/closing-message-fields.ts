import type { ClosingMessage } from '@/lib/closing-messages/closing-messages';
import type { AdminFieldSpec } from '../_components/admin-form';

export function closingMessageFields(m?: ClosingMessage): AdminFieldSpec[] {
  return [
    {
      kind: 'text',
      name: 'title',
      label: 'Short name for staff',
      hint: 'What the case team sees when they choose it, for example "Dealt with by the school"',
      defaultValue: m?.title,
      maxLength: 80,
    },
    {
      kind: 'textarea',
      name: 'body',
      label: 'What parents read',
      hint: 'Plain, short words. Say nothing about a child or what was done: the same words go to many parents.',
      defaultValue: m?.body ?? '',
      maxLength: 600,
    },
    {
      kind: 'radios',
      name: 'active',
      label: 'Can case teams choose it?',
      hint: 'Parents already sent it keep the words they were sent',
      defaultValue: m ? (m.active ? 'yes' : 'no') : 'yes',
      choices: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
  ];
}
