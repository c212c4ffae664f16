import 'server-only';
import { formatDateTime } from '@/lib/format/dates';
import { contentDisposition } from '@/lib/format/file-name';
import { CATALOGUES } from '@/lib/i18n/locales';
import { ENGLISH, sayIn } from '@/lib/i18n/say';
import { createPdf } from '@/lib/pdf/create-pdf';
import type { ProofOfSending } from './proof-of-sending';

/**
 * The proof of sending as one A4 page, drawn with the project's PDF code (fonts for every script), in the
 * language the parent wrote the report in (catalogue `proof`), its date in that language and UK time.
 */
export async function renderProofPdf(proof: ProofOfSending): Promise<Buffer> {
  const say = sayIn(proof.language);
  const title = say('proof.title');
  const { doc, write, end } = createPdf({
    margin: 56,
    lang: CATALOGUES[proof.language].tag,
    info: { Title: title },
  });
  write(title, { weight: 'bold', size: 18 });
  doc.moveDown();
  const row = (key: string, value: string) => {
    write(say(`proof.${key}`), { weight: 'bold', size: 12 });
    write(value, { size: 12 });
    doc.moveDown(0.5);
  };
  row('reference', proof.reference);
  row('sentOn', formatDateTime(proof.sentAt, CATALOGUES[proof.language].tag));
  row('sentTo', proof.sentTo ?? say('proof.frontDoor'));
  if (proof.code) row('code', proof.code);
  doc.moveDown(0.5);
  write(say('proof.howHeading'), { weight: 'bold', size: 13 });
  doc.moveDown(0.3);
  for (const step of [say('proof.goTo', { address: proof.checkUrl }), say('proof.type'), say('proof.see')])
    write(`•  ${step}`, { size: 11 });
  return end();
}

/** The PDF route's answer: the file (named in the report's language), never cached, or "not found" when this browser may not have it. */
export async function proofPdfResponse(proof: ProofOfSending | null): Promise<Response> {
  if (!proof)
    return new Response('Page not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(await renderProofPdf(proof)), {
    headers: {
      'Content-Type': 'application/pdf',
      // Named in the report's language, with an English name for browsers that cannot read that.
      'Content-Disposition': contentDisposition('attachment', {
        english: ENGLISH('proof.fileName'),
        local: sayIn(proof.language)('proof.fileName'),
        extension: 'pdf',
      }),
      'Cache-Control': 'no-store',
    },
  });
}
