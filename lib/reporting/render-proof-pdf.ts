import 'server-only';
import { formatDateTime } from '@/lib/format/dates';
import { createPdf } from '@/lib/pdf/create-pdf';
import type { ProofOfSending } from './proof-of-sending';
import { PROOF_CHECK_STEPS, PROOF_TITLE } from './proof-of-sending-words';

/** The proof of sending as one A4 page, drawn with the project's PDF code (fonts for every script). */
export async function renderProofPdf(proof: ProofOfSending): Promise<Buffer> {
  const { doc, write, end } = createPdf({ margin: 56, info: { Title: PROOF_TITLE } });
  write(PROOF_TITLE, { weight: 'bold', size: 18 });
  doc.moveDown();
  const row = (key: string, value: string) => {
    write(key, { weight: 'bold', size: 12 });
    write(value, { size: 12 });
    doc.moveDown(0.5);
  };
  row('Reference', proof.reference);
  row('Sent on', formatDateTime(proof.sentAt));
  row('Sent to', proof.sentTo);
  if (proof.code) row('Secret code', proof.code);
  doc.moveDown(0.5);
  write('How to check on your report', { weight: 'bold', size: 13 });
  doc.moveDown(0.3);
  for (const step of PROOF_CHECK_STEPS(proof.checkUrl)) write(`•  ${step}`, { size: 11 });
  return end();
}

/** The PDF route's answer: the file, never cached, or "not found" when this browser may not have it. */
export async function proofPdfResponse(proof: ProofOfSending | null): Promise<Response> {
  if (!proof)
    return new Response('Page not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(await renderProofPdf(proof)), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="proof-you-sent-a-report.pdf"',
      'Cache-Control': 'no-store',
    },
  });
}
