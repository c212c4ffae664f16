// The same export as plain text a person can read (and a DPO can redact before sending it on). Walks the
// export's shape, so a field added there appears here too. Dates in UK time, words instead of camelCase.
import type { SubjectAccessExport } from './shape-export';
import { formatDateTime } from '@/lib/format/dates';

const SECTIONS: Record<string, string> = {
  concern: 'The concern',
  child: 'The child',
  childRecord: 'The school’s record of the child',
  childLinkHistory: 'Links to a child record',
  answers: 'What the reporter told us',
  reporter: 'The reporter',
  chronology: 'Chronology',
  decisions: 'Decisions',
  referrals: 'Referrals',
  messages: 'Messages',
  reviews: 'Reviews the reporter asked for',
  accessLog: 'Who opened or changed it (access log)',
  emails: 'Emails sent about it',
  retention: 'Retention and legal hold',
};

function words(key: string): string {
  const spaced = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return spaced[0]!.toUpperCase() + spaced.slice(1);
}

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'Not given';
  if (v instanceof Date) return formatDateTime(v);
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  return String(v);
}

function lines(v: unknown, indent: string): string[] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${indent}None`];
    return v.flatMap((item, i) =>
      item && typeof item === 'object' && !(item instanceof Date)
        ? [`${indent}${i + 1}.`, ...lines(item, `${indent}   `)]
        : [`${indent}- ${value(item)}`],
    );
  }
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return Object.entries(v).flatMap(([k, inner]) =>
      inner && typeof inner === 'object' && !(inner instanceof Date)
        ? [`${indent}${words(k)}:`, ...lines(inner, `${indent}   `)]
        : [`${indent}${words(k)}: ${value(inner)}`],
    );
  }
  return [`${indent}${value(v)}`];
}

export function renderExportText(data: SubjectAccessExport): string {
  const out = [
    `Subject access export for concern ${data.concern.reference}`,
    `${data.partnership}`,
    `Made by ${data.exportedBy.name} (${data.exportedBy.email}) on ${value(new Date(data.exportedAt))}`,
    '',
  ];
  for (const [key, title] of Object.entries(SECTIONS)) {
    out.push(title, '='.repeat(title.length), ...lines(data[key as keyof SubjectAccessExport], ''), '');
  }
  return out.join('\n');
}
