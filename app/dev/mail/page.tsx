import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listCaughtMail } from '@/lib/email/list-caught-mail';
import { SummaryList } from '@/components/govuk/summary-list';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Mail caught in development' };

/** Development only: every email the app sent, caught by the local mail catcher instead of delivered. */
export default async function DevMailPage() {
  const mail = await listCaughtMail();
  if (!mail) notFound();
  return (
    <>
      <h1 className="govuk-heading-l">Mail caught in development</h1>
      <p className="govuk-body">
        Nothing here was delivered. In production, set SMTP_URL and this page does not exist.
      </p>
      {mail.length === 0 ? (
        <p className="govuk-body">No email has been sent yet.</p>
      ) : (
        mail.map((message) => (
          <details className="govuk-details" key={message.id}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                {message.subject} — to {message.to}
              </span>
            </summary>
            <div className="govuk-details__text">
              <SummaryList
                rows={[
                  { key: 'From', value: message.from },
                  { key: 'Sent', value: message.date },
                  { key: 'Message ID', value: message.messageId },
                ]}
              />
              <div className="govuk-body app-mail-body">{message.text}</div>
            </div>
          </details>
        ))
      )}
    </>
  );
}
