import type { Platform } from '@/lib/reference-data/list-reference-data';
import { MAX_REPORT_URL, stepsAsText } from '@/lib/reference-data/report-route-fields';
import type { AdminFieldSpec } from '../_components/admin-form';

export function platformFields(p?: Platform): AdminFieldSpec[] {
  const closed = p?.closedOn;
  return [
    { kind: 'text', name: 'name', label: 'Name', defaultValue: p?.name, maxLength: 100 },
    {
      kind: 'text',
      name: 'ageRating',
      label: 'Age rating (optional)',
      hint: 'For example, 13+',
      defaultValue: p?.ageRating ?? '',
      width: 20,
    },
    {
      kind: 'textarea',
      name: 'advice',
      label: 'Advice for parents (optional)',
      hint: 'Every partnership’s parents read this until their partnership writes its own',
      defaultValue: p?.advice ?? '',
      maxLength: 5000,
    },
    {
      kind: 'text',
      name: 'reportUrl',
      label: 'Link to the platform’s own reporting page (optional)',
      hint: 'Its help centre’s page on reporting, starting with https://. Parents see it after sending a report.',
      defaultValue: p?.reportUrl ?? '',
      maxLength: MAX_REPORT_URL,
    },
    {
      kind: 'textarea',
      name: 'reportSteps',
      label: 'How to report it there (optional)',
      hint: 'Two or three short steps, each on its own line, like “Press and hold the message”',
      defaultValue: stepsAsText(p?.reportSteps ?? []),
      maxLength: 1000,
    },
    {
      kind: 'text',
      name: 'sortOrder',
      label: 'Position in the list',
      hint: 'Lower numbers come first',
      defaultValue: String(p?.sortOrder ?? 100),
      width: 4,
      inputMode: 'numeric',
    },
    {
      kind: 'date',
      name: 'closedOn',
      label: 'Closed on (optional)',
      hint: 'If the platform has closed. It stops being offered to parents but stays on concerns already sent. For example, 8 11 2023',
      defaultValue: closed
        ? {
            day: String(closed.getUTCDate()),
            month: String(closed.getUTCMonth() + 1),
            year: String(closed.getUTCFullYear()),
          }
        : undefined,
    },
  ];
}
