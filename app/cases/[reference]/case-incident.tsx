// The event this case is part of (issue 18): several concerns about one group chat or one stranger. The
// forms show only when `?action=incident` chose this section, as every case form.
import Link from 'next/link';
import { Details } from '@/components/govuk/details';
import type { SessionUser } from '@/lib/auth/session';
import { readCaseIncident, type CaseIncident } from '@/lib/incidents/read-incident';
import { CaseActionForm } from './case-action-form';
import { joinIncidentAction, leaveIncidentAction, newIncidentAction } from './incident/actions';

export const INCIDENT_ACTION = 'incident';

const cases = (n: number) => (n === 1 ? '1 case' : `${n} cases`);

export async function CaseIncidentSection(props: {
  user: SessionUser;
  reference: string;
  version: number;
  href: string;
  chosen: string | null;
}) {
  const incident = await readCaseIncident(props.user, props.reference);
  if (!incident) return null;
  const target = { reference: props.reference, version: props.version };
  const chosen = props.chosen === INCIDENT_ACTION;
  return (
    <section aria-labelledby="incident-heading">
      <h2 className="govuk-heading-m" id="incident-heading">
        Same event as other concerns
      </h2>
      {incident.grouped ? <Grouped grouped={incident.grouped} /> : null}
      {!chosen ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`${props.href}?action=${INCIDENT_ACTION}#incident-heading`}>
            {incident.grouped
              ? 'Take this case out of the event'
              : 'Group this case with others about the same event'}
          </Link>
        </p>
      ) : incident.grouped ? (
        <CaseActionForm
          id="leave-incident"
          action={leaveIncidentAction}
          {...target}
          fields={[]}
          submit="Take it out of the event"
        />
      ) : (
        <Ungrouped choices={incident.choices} target={target} />
      )}
    </section>
  );
}

function Grouped({ grouped }: { grouped: NonNullable<CaseIncident['grouped']> }) {
  return (
    <p className="govuk-body">
      Part of the event{' '}
      <Link className="govuk-link" href={`/incidents/${grouped.id}`}>
        <bdi>{grouped.title}</bdi>
      </Link>{' '}
      with {cases(grouped.cases)} you can see
      {grouped.elsewhere.concerns > 0 && `, and ${cases(grouped.elsewhere.concerns)} held by other teams`}.
    </p>
  );
}

function Ungrouped({
  choices,
  target,
}: {
  choices: CaseIncident['choices'];
  target: { reference: string; version: number };
}) {
  return (
    <>
      <p className="govuk-body">
        Use this when several concerns are about one thing, like one group chat or one stranger. Each case
        stays its own, with its own child.
      </p>
      {choices.length > 0 && (
        <CaseActionForm
          id="join-incident"
          action={joinIncidentAction}
          {...target}
          fields={[
            {
              kind: 'radios',
              name: 'incidentId',
              legend: 'Which event is it part of?',
              choices: choices.map((c) => ({
                value: c.id,
                label: c.title,
                hint: `${cases(c.cases)} you can see`,
              })),
            },
          ]}
          submit="Add to this event"
        />
      )}
      {choices.length > 0 ? (
        <Details summary="It is a new event">
          <NewIncidentForm target={target} />
        </Details>
      ) : (
        <NewIncidentForm target={target} />
      )}
    </>
  );
}

function NewIncidentForm({ target }: { target: { reference: string; version: number } }) {
  return (
    <CaseActionForm
      id="new-incident"
      action={newIncidentAction}
      {...target}
      fields={[
        {
          kind: 'text',
          name: 'incidentTitle',
          label: 'A short name for the event',
          hint: 'For example, “Year 6 group chat on Discord”. Only teams who hold a case in the event see it.',
          maxLength: 120,
          width: 30,
        },
      ]}
      submit="Start the event"
    />
  );
}
