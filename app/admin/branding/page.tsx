import type { Metadata } from 'next';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { getBranding } from '@/lib/branding/save-branding';
import { languageStatuses } from '@/lib/i18n/language-reviews';
import { listPartnershipHosts } from '@/lib/partnerships/list-partnership-hosts';
import { AdminForm } from '../_components/admin-form';
import { editBranding } from './actions';
import { catalogueResult } from './catalogue-result';
import { LanguagesSection } from './languages-section';

export const metadata: Metadata = { title: 'Name, colour and privacy' };

export default async function BrandingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission('reference-data.manage');
  const partnershipId = partnershipFor(user, 'reference-data.manage');
  const [current, statuses, hosts, query] = await Promise.all([
    getBranding(partnershipId),
    languageStatuses(partnershipId),
    listPartnershipHosts(partnershipId),
    searchParams,
  ]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Name, colour and privacy</h1>
        <p className="govuk-body">
          What parents see on the public pages at your partnership’s web address. There is no logo: your name
          is shown instead.
        </p>
        <h2 className="govuk-heading-m">Your web addresses</h2>
        <ul className="govuk-list govuk-list--bullet">
          {hosts.map((host) => (
            <li key={host.hostname}>
              {host.hostname}
              {host.primary ? ' (used in email links)' : ''}
            </li>
          ))}
        </ul>
        <p className="govuk-body">To add or change one, ask whoever runs this service.</p>
        <AdminForm
          action={editBranding}
          submitLabel="Save"
          fields={[
            {
              kind: 'text',
              name: 'shortName',
              label: 'Short name for the top of each page (optional)',
              hint: 'Use this if your full name is too long for a phone screen. 60 characters at most.',
              defaultValue: current.shortName ?? '',
              maxLength: 60,
              width: 30,
            },
            {
              kind: 'text',
              name: 'brandColour',
              label: 'Colour of the bar at the top of each page (optional)',
              hint: 'A # followed by 6 letters or numbers, like #1d4f91. It must be dark enough to read white writing on it.',
              defaultValue: current.brandColour ?? '',
              width: 10,
            },
            {
              kind: 'text',
              name: 'generalPhone',
              label: 'Phone number for parents (optional)',
              hint: 'For questions in office hours. Urgent help out of hours is set on the escalation page.',
              defaultValue: current.generalPhone ?? '',
              width: 20,
            },
            {
              kind: 'text',
              name: 'dataControllerName',
              label: 'Data controller (optional)',
              hint: 'The organisation responsible for what parents tell you, for example your council.',
              defaultValue: current.dataControllerName ?? '',
              maxLength: 200,
            },
            {
              kind: 'text',
              name: 'privacyNoticeUrl',
              label: 'Web address of your privacy notice (optional)',
              hint: 'Starting with https://',
              defaultValue: current.privacyNoticeUrl ?? '',
              maxLength: 500,
            },
            {
              kind: 'textarea',
              name: 'privacyNoticeText',
              label: 'Short privacy notice (optional)',
              hint: 'Shown on the privacy page in plain words. 2,000 characters at most.',
              defaultValue: current.privacyNoticeText ?? '',
              maxLength: 2000,
            },
          ]}
        />
        <LanguagesSection statuses={statuses} result={catalogueResult(query)} />
      </div>
    </div>
  );
}
