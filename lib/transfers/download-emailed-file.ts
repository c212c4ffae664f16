import 'server-only';
import { loadCaseRecordForExport } from '@/lib/cases/read-case-record';
import { renderCasePdf } from '@/lib/cases/render-case-pdf';
import { getDb } from '@/lib/db';
import { findLiveLink, grantOpens, logLinkUse } from './find-emailed-link';

/**
 * The whole case file as a PDF (lib/cases/render-case-pdf.ts), for the browser the right passcode opened
 * this link in; the download is logged in the chronology and the audit chain in the transaction that reads
 * the record. Anything else (another partnership's site too): null ("This link does not work"), nothing
 * written.
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
    return { link, record: await loadCaseRecordForExport(tx, link.concernId) };
  });
  if (!found) return null;
  const pdf = await renderCasePdf(
    found.record,
    `the safeguarding lead of ${found.link.toSchool.name} (emailed link from ${found.link.fromSchool.name})`,
  );
  return { reference: found.record.reference, pdf };
}
