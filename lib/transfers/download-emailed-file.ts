import 'server-only';
import { readChildFileForTransfer } from '@/lib/children/read-child-record';
import { renderChildPdf } from '@/lib/children/render-child-pdf';
import { loadCaseRecordForExport } from '@/lib/cases/read-case-record';
import { renderCasePdf } from '@/lib/cases/render-case-pdf';
import { getDb } from '@/lib/db';
import { findLiveLink, grantOpens, logLinkUse } from './find-emailed-link';

/**
 * The whole file as a PDF, for the browser the right passcode opened this link in: the case's
 * (lib/cases/render-case-pdf.ts), or for a child's whole file the child's (lib/children/render-child-pdf.ts,
 * every case, one chronology). The download is logged in the chronology and the audit chain first.
 * Anything else (another partnership's site too): null ("This link does not work"), nothing written.
 */
export async function downloadEmailedFile(
  token: string,
  grant: string | undefined,
  site: string | null,
): Promise<{ reference: string; pdf: Buffer } | null> {
  const now = new Date();
  const found = await getDb().$transaction(async (tx) => {
    const link = await findLiveLink(tx, token, site, now);
    if (!link || !grantOpens(link, grant, now)) return null;
    await logLinkUse(tx, link, 'download', 'The file was downloaded (PDF) from the emailed link.', now);
    const caseRecord =
      link.wholeChildFile && link.fromChildRecordId
        ? null
        : await loadCaseRecordForExport(tx, link.concernId);
    return { link, caseRecord };
  });
  if (!found) return null;
  const { link, caseRecord } = found;
  const by = `the safeguarding lead of ${link.toSchool.name} (emailed link from ${link.fromSchool.name})`;
  if (caseRecord) return { reference: caseRecord.reference, pdf: await renderCasePdf(caseRecord, by) };
  const file = await readChildFileForTransfer(link.fromChildRecordId!, link.fromSchoolId);
  if (!file) return null;
  return { reference: link.concern.reference, pdf: await renderChildPdf(file, by) };
}
