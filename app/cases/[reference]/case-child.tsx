// The child this case is about (issue 18): the child record it is linked to, or likely matches to link it
// to, and a new record. Only ever suggested: nothing is linked until a DSL chooses and gives a reason.
import Link from 'next/link';
import { Details } from '@/components/govuk/details';
import type { SessionUser } from '@/lib/auth/session';
import { schoolYearLabel } from '@/lib/cases/case-labels';
import { readCaseChild, type CaseChild } from '@/lib/children/read-case-child';
import type { ChildSuggestion } from '@/lib/children/suggest-child-records';
import { CaseActionForm, type CaseField } from './case-action-form';
import { linkChildAction, newChildAction, unlinkChildAction } from './child/actions';

const reasonField = (name: string, label: string): CaseField => ({
  kind: 'textarea',
  name,
  label,
  maxLength: 2000,
  rows: 3,
});

export const CHILD_ACTION = 'child';

const yearText = (year: number | null) => (year === null ? 'year group not known' : schoolYearLabel(year));

export async function CaseChild(props: {
  user: SessionUser;
  reference: string;
  version: number;
  href: string;
  /** The case page shows one form at a time: this section's only when `?action=child` chose it. */
  chosen: string | null;
}) {
  const child = await readCaseChild(props.user, props.reference);
  if (!child) return null;
  const target = { reference: props.reference, version: props.version };
  return (
    <section aria-labelledby="child-heading">
      <h2 className="govuk-heading-l" id="child-heading">
        The child
      </h2>
      {props.chosen !== CHILD_ACTION ? (
        <ChildSummary child={child} chooseHref={`${props.href}?action=${CHILD_ACTION}#child-heading`} />
      ) : child.linked ? (
        <>
          <LinkedTo child={child.linked} />
          <Details summary="Unlink this case from the child">
            <CaseActionForm
              id="unlink-child"
              action={unlinkChildAction}
              {...target}
              fields={[reasonField('unlinkReason', 'Why are you unlinking it?')]}
              submit="Unlink"
            />
          </Details>
        </>
      ) : (
        <UnlinkedChild suggestions={child.suggestions} others={child.others} target={target} />
      )}
    </section>
  );
}

function LinkedTo({ child }: { child: NonNullable<CaseChild['linked']> }) {
  return (
    <p className="govuk-body">
      This case is linked to{' '}
      <Link className="govuk-link" href={`/children/${child.id}`}>
        <bdi>{child.name}</bdi>, {yearText(child.yearGroup)}
      </Link>
      . The child’s page shows every case about them.
    </p>
  );
}

/** Without the forms: who the case is linked to, or how many likely matches there are, and the link to act. */
function ChildSummary({ child, chooseHref }: { child: CaseChild; chooseHref: string }) {
  const matches = child.suggestions.length;
  return (
    <>
      {child.linked ? (
        <LinkedTo child={child.linked} />
      ) : (
        <p className="govuk-body">
          This case is not linked to a child record yet.
          {matches > 0 &&
            ` ${matches === 1 ? '1 child' : `${matches} children`} at this school may be the same child.`}
        </p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" href={chooseHref}>
          {child.linked ? 'Unlink this case from the child' : 'Link this case to a child'}
        </Link>
      </p>
    </>
  );
}

function UnlinkedChild({
  suggestions,
  others,
  target,
}: {
  suggestions: ChildSuggestion[];
  others: CaseChild['others'];
  target: { reference: string; version: number };
}) {
  return (
    <>
      <p className="govuk-body">This case is not linked to a child record yet.</p>
      {suggestions.length > 0 && (
        <CaseActionForm
          id="link-child"
          action={linkChildAction}
          {...target}
          fields={[
            {
              kind: 'radios',
              name: 'childId',
              legend: 'Is it about one of these children?',
              hint: 'Children at this school with a similar name in the same year group. Check before you link.',
              choices: suggestions.map((s) => ({
                value: s.id,
                label: `${s.name}, ${yearText(s.yearGroup)}`,
                hint: `${s.concernCount === 1 ? '1 case' : `${s.concernCount} cases`}${s.sameName ? ', same name' : ''}`,
              })),
            },
            reasonField('linkReason', 'Why do you think it is this child?'),
          ]}
          submit="Link to this child"
        />
      )}
      {others.length > 0 && (
        <Details summary="Link it to another child at this school">
          <CaseActionForm
            id="link-other-child"
            action={linkChildAction}
            {...target}
            fields={[
              {
                kind: 'select',
                name: 'childId',
                label: 'Child',
                options: [
                  { value: '', text: 'Choose a child' },
                  ...others.map((o) => ({ value: o.id, text: `${o.name}, ${yearText(o.yearGroup)}` })),
                ],
              },
              reasonField('linkReason', 'Why do you think it is this child?'),
            ]}
            submit="Link to this child"
          />
        </Details>
      )}
      <Details summary="Make a new child record for this case">
        <CaseActionForm
          id="new-child"
          action={newChildAction}
          {...target}
          fields={[
            {
              kind: 'text',
              name: 'childName',
              label: 'First name or initials',
              hint: 'Only what you need to know it is them.',
              maxLength: 100,
              width: 20,
            },
            {
              kind: 'text',
              name: 'yearGroup',
              label: 'Year group',
              hint: 'For example, Year 5 or Reception',
              maxLength: 20,
              width: 10,
            },
            {
              kind: 'text',
              name: 'dateOfBirth',
              label: 'Date of birth (optional)',
              hint: 'For example, 27 3 2016',
              maxLength: 20,
              width: 10,
            },
            {
              kind: 'text',
              name: 'pupilId',
              label: 'Your school’s pupil number (optional)',
              maxLength: 40,
              width: 20,
            },
            reasonField('newChildReason', 'Why are you making a record for this child?'),
          ]}
          submit="Make the record and link the case"
        />
      </Details>
    </>
  );
}
