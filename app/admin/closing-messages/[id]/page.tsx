import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { getClosingMessage } from '@/lib/closing-messages/closing-messages';
import { AdminForm } from '../../_components/admin-form';
import { editClosingMessage } from '../actions';
import { closingMessageFields } from '../closing-message-fields';

export const metadata: Metadata = { title: 'Closing message' };

export default async function ClosingMessagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const { partnershipId } = await requirePartnership('reference-data.manage');
  const message = await getClosingMessage(partnershipId, (await params).id);
  if (!message) notFound();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {(await searchParams).added === '1' && (
          <NotificationBanner success heading="The message has been added" />
        )}
        <h1 className="govuk-heading-l">{message.title}</h1>
        <AdminForm
          action={editClosingMessage}
          fields={closingMessageFields(message)}
          hidden={{ id: message.id }}
          submitLabel="Save message"
        />
      </div>
    </div>
  );
}
