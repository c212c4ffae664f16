// The URL to request for an entry of the matrix: its row's own, or its pattern with the demo data's ids.
import type { AppEntry } from './app-entries';
import type { Row } from './expectations';
import type { Samples } from './samples';

export function pathOf(entry: AppEntry, row: Row, s: Samples): string {
  if (row.path) return row.path(s);
  const pattern = (entry.kind === 'action' ? entry.actionPage : entry.pattern) ?? '/';
  return pattern
    .replace('[reference]', s.caseA.reference)
    .replace('[platform]', s.platformSlug)
    .replace(/^\/admin\/schools\/import\/\[id\]/, `/admin/schools/import/${s.unknownId}`)
    .replace(/^\/admin\/schools\/\[id\]/, `/admin/schools/${s.schoolId}`)
    .replace(/^\/admin\/platforms\/\[id\]/, `/admin/platforms/${s.platformId}`)
    .replace(/^\/admin\/harm-categories\/\[id\]/, `/admin/harm-categories/${s.harmCategoryId}`)
    .replace(/^\/admin\/closing-messages\/\[id\]/, `/admin/closing-messages/${s.closingMessageId}`)
    .replace(/^\/admin\/sign-in\/\[id\]/, `/admin/sign-in/${s.signInProviderId}`)
    .replace(/^\/admin\/staff\/\[id\]/, `/admin/staff/${s.staffId}`)
    .replace(/\[id\]/, s.warningId)
    .replace(/\[\.{3}[a-z]+\]|\[[a-z]+\]/, s.unknownId);
}
