import { getTranslations } from 'next-intl/server';
import { contentDisposition } from '@/lib/format/file-name';
import { askedLocale } from '@/lib/i18n/request-locale';
import { ENGLISH_LETTER, letterWords } from '@/lib/warnings/letter-words';
import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { renderWarningPdf } from '@/lib/warnings/render-warning-pdf';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';

export const dynamic = 'force-dynamic';

/** The letter as a PDF, in the language asked for (`?lang=`, when offered) or the reader's. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  const notFound = () => new Response('Page not found', { status: 404 });
  if (!/^[0-9a-f-]{36}$/.test(id)) return notFound();
  const [warning] = await listPublishedWarnings(new Date(), id);
  const partnership = await getPublicPartnership();
  if (!warning || !partnership) return notFound();
  const locale = await askedLocale(new URL(request.url).searchParams.get('lang'));
  const t = await getTranslations({ locale });
  const pdf = await renderWarningPdf(warning, partnership.name, letterWords(t, locale));
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition('inline', {
        english: ENGLISH_LETTER.fileName,
        local: t('warningLetter.fileName'),
        extension: 'pdf',
      }),
    },
  });
}
