import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { TO_FRONT_DOOR } from '@/lib/cases/case-form-schemas';
import { casePageTitle } from '@/lib/cases/case-page-title';
import { readPassOnChoices } from '@/lib/cases/read-pass-on-choices';
import { passOnAction } from '../actions';
import { CaseActionForm } from '../case-action-form';
import { SchoolSearch, schoolChoices, schoolQuery } from '../school-search';

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: casePageTitle((await params).reference, 'pass on') };
}

/** Pass a case that is not ours to another school (searched as parents search) or the front-door team. */
export default async function PassOnPage({ params, searchParams }: Props) {
  const user = await requirePermission('case.update');
  const { reference } = await params;
  const query = schoolQuery((await searchParams).q);
  const choices = await readPassOnChoices(user, decodeURIComponent(reference), query);
  if (!choices) notFound();
  const href = `/cases/${encodeURIComponent(choices.reference)}`;
  const schools = schoolChoices(choices.schools);
  return (
    <>
      <Link href={href} className="govuk-back-link">
        Back to the case
      </Link>
      <span className="govuk-caption-l">Case {choices.reference}</span>
      <h1 className="govuk-heading-l">Pass this case on</h1>
      <p className="govuk-body">
        It is with {choices.withTeam}. If the child is not at this school, pass it to the right school or to
        the front-door team. Once it is passed on, you can no longer open it. Your case list keeps one line
        saying where it went and why.
      </p>
      <SchoolSearch action={`${href}/pass-on`} label="Find the school" query={query} found={schools.length} />
      <CaseActionForm
        id="pass-on"
        action={passOnAction}
        reference={choices.reference}
        version={choices.version}
        submit="Pass this case on"
        fields={[
          {
            kind: 'radios',
            name: 'to',
            legend: 'Who should have it?',
            choices: [
              ...schools,
              ...(choices.frontDoor
                ? [{ value: TO_FRONT_DOOR, label: choices.frontDoor, dividerBefore: schools.length > 0 }]
                : []),
            ],
          },
          {
            kind: 'textarea',
            name: 'reason',
            label: 'Why are you passing it on?',
            hint: 'For example, the child left this school in July. The team you pass it to will read this.',
            maxLength: 500,
            rows: 3,
          },
        ]}
      />
    </>
  );
}
