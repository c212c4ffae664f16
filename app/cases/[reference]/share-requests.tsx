import type { SessionUser } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/dates';
import { listCaseShareRequests } from '@/lib/share-requests/list-share-requests';
import { answerShareRequestAction } from './actions';
import { CaseActionForm } from './case-action-form';

/**
 * The front door's requests to share this case, for the school's team: each waiting one with its answer
 * form, each answered one with the answer. Nothing for anyone else (listCaseShareRequests).
 */
export async function ShareRequests({
  user,
  record,
}: {
  user: SessionUser;
  record: { id: string; schoolId: string | null; partnershipId: string; reference: string; version: number };
}) {
  const requests = await listCaseShareRequests(user, record);
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="share-requests-title">
      <h2 className="govuk-heading-l" id="share-requests-title">
        The front door asked to see this case
      </h2>
      {requests.map((request) => (
        <div key={request.id} className="govuk-inset-text">
          <p className="govuk-body">
            Asked on {formatDate(request.requestedAt)}, because other reports name the same account:{' '}
            {request.note}
          </p>
          {request.status === 'PENDING' ? (
            <CaseActionForm
              id={`answer-share-${request.id}`}
              action={answerShareRequestAction}
              reference={record.reference}
              version={record.version}
              hidden={{ requestId: request.id }}
              submit="Send answer"
              fields={[
                {
                  kind: 'radios',
                  name: 'answer',
                  legend: 'Can the front door see this case?',
                  hint: 'They can read it, but not change it.',
                  choices: [
                    { value: 'ACCEPTED', label: 'Yes, share it' },
                    { value: 'REFUSED', label: 'No, do not share it' },
                  ],
                },
                { kind: 'textarea', name: 'reason', label: 'Why', maxLength: 1000, rows: 3 },
              ]}
            />
          ) : (
            <p className="govuk-body">
              {request.status === 'ACCEPTED' ? 'Shared' : 'Not shared'} on {formatDate(request.answeredAt!)}:{' '}
              {request.reason}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
