import { partnershipFor } from '@/lib/auth/require-partnership';
import { requireFreshFactor } from '@/lib/auth/require-fresh-factor';
import { requirePermission } from '@/lib/auth/session';
import { BUNDLE_FORMAT_VERSION } from '@/lib/partnership-export/bundle-format';
import { partnershipExportStream } from '@/lib/partnership-export/export-partnership';

/**
 * Everything the administrator's partnership holds, as one zip made while it downloads
 * (docs/partnership-export.md). Administrators only, their own partnership only, after a fresh second
 * factor; never cached. The export records itself in the audit trail.
 */
export async function GET() {
  const user = await requirePermission('partnership.leave');
  const partnershipId = partnershipFor(user, 'partnership.leave');
  await requireFreshFactor(user, '/admin/leave');
  const day = new Date().toISOString().slice(0, 10);
  return new Response(partnershipExportStream(user, partnershipId), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="partnership-export-v${BUNDLE_FORMAT_VERSION}-${day}.zip"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
