import { notFound } from 'next/navigation';
import { downloadEmailedFile } from '@/lib/transfers/download-emailed-file';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { linkGrant } from '@/lib/transfers/link-grant-cookie';

/** The whole case file as a PDF, for the browser the right passcode opened this link in; logged. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const site = (await getPublicPartnership())?.id ?? null;
  const file = await downloadEmailedFile(token, await linkGrant(), site);
  if (!file) notFound();
  return new Response(new Uint8Array(file.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="child-protection-file-${file.reference}.pdf"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
