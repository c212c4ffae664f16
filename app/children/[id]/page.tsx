import type { Metadata } from 'next';
import Link from 'next/link';
import { Details } from '@/components/govuk/details';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { schoolYearLabel } from '@/lib/cases/case-labels';
import { listChildRecords } from '@/lib/children/list-child-records';
import { readChildRecord } from '@/lib/children/read-child-record';
import { mergeChildAction } from './actions';
import { ChildChronology, ChildSummary, OpenCases, Referrals, Transfers } from './child-sections';
import { MergeForm } from './merge-form';
import '../../cases/cases.scss';

// The child's name is never put in the title: titles reach browser history and tab lists.
export const metadata: Metadata = { title: 'Child' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ChildPage({ params, searchParams }: Props) {
  const user = await requirePermission('children.read');
  // ?older=<entry> pages the chronology (newest first): a plain link, so it works without JavaScript.
  const { older } = await searchParams;
  const file = await readChildRecord(user, (await params).id, {
    olderThan: typeof older === 'string' ? older : null,
  });
  if (!file) notFound();
  const others = ((await listChildRecords(user, { schoolId: file.child.schoolId })) ?? [])
    .filter((c) => c.id !== file.child.id)
    .map((c) => ({
      value: c.id,
      text: `${c.name}, ${c.yearGroup === null ? 'year group not known' : schoolYearLabel(c.yearGroup)} (${c.concernCount === 1 ? '1 case' : `${c.concernCount} cases`})`,
    }));
  return (
    <>
      <Link href="/children" className="govuk-back-link">
        All children
      </Link>
      <span className="govuk-caption-l">Child</span>
      <h1 className="govuk-heading-l">
        <bdi>{file.child.name}</bdi>
      </h1>
      <p className="govuk-body">
        <a className="govuk-link" href={`/children/${file.child.id}/pdf`} download>
          Download the whole child file as a PDF
        </a>{' '}
        (for a referral or when the child moves school)
      </p>
      {file.concerns.length > 0 && (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/children/${file.child.id}/transfer`}>
            Transfer this child’s file
          </Link>{' '}
          (every case, to the child’s new school)
        </p>
      )}
      <ChildSummary file={file} />
      <h2 className="govuk-heading-m">Open cases</h2>
      <OpenCases file={file} />
      <h2 className="govuk-heading-m">Referrals</h2>
      <Referrals file={file} />
      <h2 className="govuk-heading-m" id="transfers">
        File transfers
      </h2>
      <Transfers file={file} />
      <h2 className="govuk-heading-l" id="chronology">
        Chronology of every case
      </h2>
      <ChildChronology file={file} />
      {others.length > 0 && (
        <Details summary="Merge another record of this child into this one">
          <MergeForm
            action={mergeChildAction}
            childId={file.child.id}
            version={file.child.version}
            others={others}
          />
        </Details>
      )}
    </>
  );
}
