import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WarningText } from '@/components/warning-text';
import { listPublishedWarnings } from '@/lib/warnings/list-published-warnings';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { PhoneLink } from '@/components/phone-link';
import { formatDate } from '@/lib/format/dates';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Letter to parents' };

/** A published warning as a letter schools can print and send home. Drafts and ended warnings are not found. */
export default async function WarningLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) notFound();
  const [warning] = await listPublishedWarnings(new Date(), id);
  const partnership = await getPublicPartnership();
  if (!warning || !partnership) notFound();
  return (
    <article className="warning-letter">
      <p className="govuk-body">From {partnership.name}</p>
      <p className="govuk-body">{formatDate(warning.publishedFrom)}</p>
      <p className="govuk-body">Dear parent or carer,</p>
      <h1 className="govuk-heading-l">{warning.title}</h1>
      <h2 className="govuk-heading-m">What you should know</h2>
      <WarningText text={warning.whatToKnow} />
      <h2 className="govuk-heading-m">What you can do</h2>
      <WarningText text={warning.whatToDo} />
      <p className="govuk-body">
        If you are worried about a child right now, call <PhoneLink number="999" />.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={`/warnings/${warning.id}/pdf`}>
          Download this letter as a PDF
        </a>
      </p>
    </article>
  );
}
