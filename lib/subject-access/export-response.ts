import 'server-only';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requireFreshFactor } from '@/lib/auth/require-fresh-factor';
import { requirePermission } from '@/lib/auth/session';
import { exportConcern, type ExportFormat } from './export-concern';
import { referenceFromPath } from './reference-from-path';
import { renderExportText } from './render-export-text';

/**
 * For the download routes: DPO only (anyone else gets "not found"), own partnership only, never cached.
 * Null when there is no such case in the partnership: the route answers "not found".
 */
export async function exportResponse(rawReference: string, format: ExportFormat): Promise<Response | null> {
  const user = await requirePermission('subject-access.export');
  const reference = referenceFromPath(rawReference);
  if (!reference) return null;
  await requireFreshFactor(user, `/admin/subject-access/${encodeURIComponent(reference)}`);
  const data = await exportConcern(user, partnershipFor(user, 'subject-access.export'), reference, format);
  if (!data) return null;
  const body = format === 'json' ? JSON.stringify(data, null, 2) : renderExportText(data);
  return new Response(body, {
    headers: {
      'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="subject-access-${reference}.${format === 'json' ? 'json' : 'txt'}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
