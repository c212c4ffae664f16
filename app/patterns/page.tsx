import type { Metadata } from 'next';
import Link from 'next/link';
import { Table } from '@/components/govuk/table';
import { listAccountPatterns } from '@/lib/account-identifiers/list-account-patterns';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { formatDate } from '@/lib/format/dates';
import {
  listPatternReferrals,
  type PatternReferralLine,
} from '@/lib/pattern-referrals/list-pattern-referrals';
import { listPatternShareRequests } from '@/lib/share-requests/list-share-requests';
import { recordPatternReferralAction, requestSharesAction } from './actions';
import { PatternReferralForm, ShareRequestForm } from './pattern-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Patterns' };

const ANSWER = { PENDING: 'asked', ACCEPTED: 'shared', REFUSED: 'not shared' } as const;

export default async function PatternsPage() {
  const { partnershipId } = await requirePartnership('account-patterns.read');
  const patterns = await listAccountPatterns(partnershipId);
  const shares = await listPatternShareRequests(
    partnershipId,
    patterns.map((p) => p.id),
  );
  const referrals = await listPatternReferrals(
    partnershipId,
    patterns.map((p) => p.id),
  );
  const name = (p: (typeof patterns)[number]) => `${p.platform}, first report ${p.references[0]}`;
  return (
    <>
      <h1 className="govuk-heading-xl">Patterns</h1>
      <p className="govuk-body">
        Reports from different families that gave the same name or link for the person who contacted a child,
        on the same platform. The name or link is on each case, not here.
      </p>
      {patterns.length === 0 ? (
        <p className="govuk-body">No reports share a name or link yet.</p>
      ) : (
        <>
          <Table
            caption="Reports that name the same account"
            captionClassName="govuk-table__caption--m"
            head={[
              'Platform',
              'Reports',
              'Schools',
              'First report',
              'Latest report',
              'References',
              'Shared',
              'Referred',
            ]}
            rows={patterns.map((p) => ({
              key: p.id,
              cells: [
                p.platform,
                String(p.concerns),
                String(p.schools),
                formatDate(p.firstSeen),
                formatDate(p.lastSeen),
                p.references.join(', '),
                <SharedCases key="shared" requests={shares.get(p.id) ?? []} />,
                <Referrals key="referred" referrals={referrals.get(p.id) ?? []} />,
                <a key="csv" className="govuk-link" href={`/patterns/${p.id}/csv`} download>
                  Download account names
                  <span className="govuk-visually-hidden"> for {name(p)}</span> (CSV)
                </a>,
              ],
            }))}
          />
          <ShareRequestForm
            action={requestSharesAction}
            patterns={patterns.map((p) => ({ value: p.id, text: name(p) }))}
          />
          <PatternReferralForm
            action={recordPatternReferralAction}
            patterns={patterns.map((p) => ({ value: p.id, text: name(p) }))}
          />
        </>
      )}
    </>
  );
}

/** Each request's answer: a link to the case once shared, the school's reason when not. */
function SharedCases({
  requests,
}: {
  requests: { status: keyof typeof ANSWER; reason: string | null; concern: { reference: string } }[];
}) {
  if (requests.length === 0) return <>Not asked</>;
  return (
    <ul className="govuk-list">
      {requests.map((r) => (
        <li key={r.concern.reference}>
          {r.status === 'ACCEPTED' ? (
            <Link className="govuk-link" href={`/cases/${r.concern.reference}`}>
              {r.concern.reference}
            </Link>
          ) : (
            r.concern.reference
          )}{' '}
          {ANSWER[r.status]}
          {r.status === 'REFUSED' && r.reason ? `: ${r.reason}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** Each referral: to whom, their reference, when and by whom. */
function Referrals({ referrals }: { referrals: PatternReferralLine[] }) {
  if (referrals.length === 0) return <>Not referred</>;
  return (
    <ul className="govuk-list">
      {referrals.map((r, i) => (
        <li key={i}>
          {r.agency === 'CEOP' ? 'CEOP' : 'Police'}: {r.referredTo}
          {r.theirReference ? ` (${r.theirReference})` : ''}, {formatDate(r.referredOn)} by {r.by}
        </li>
      ))}
    </ul>
  );
}
