import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AlertText } from '@/components/alert-text';
import { listPublishedAlerts } from '@/lib/alerts/list-published-alerts';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { PhoneLink } from '@/components/phone-link';
import { formatDate } from '@/lib/format/dates';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Letter to parents' };

/** A published alert as a letter schools can print and send home. Drafts and ended alerts are not found. */
export default async function AlertLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const [alert] = await listPublishedAlerts(new Date(), id);
  const partnership = await getPublicPartnership();
  if (!alert || !partnership) notFound();
  return (
    <article className="alert-letter">
      <p className="govuk-body">From {partnership.name}</p>
      <p className="govuk-body">{formatDate(alert.publishedFrom)}</p>
      <p className="govuk-body">Dear parent or carer,</p>
      <h1 className="govuk-heading-l">{alert.title}</h1>
      <h2 className="govuk-heading-m">What you should know</h2>
      <AlertText text={alert.whatToKnow} />
      <h2 className="govuk-heading-m">What you can do</h2>
      <AlertText text={alert.whatToDo} />
      <p className="govuk-body">
        If you are worried about a child right now, call <PhoneLink number="999" />.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={`/alerts/${alert.id}/pdf`}>
          Download this letter as a PDF
        </a>
      </p>
    </article>
  );
}
