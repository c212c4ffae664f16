import Link from 'next/link';
import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { listCaseFilterOptions } from '@/lib/cases/list-case-filter-options';
import { parseCaseListFilters } from '@/lib/cases/case-list-filters';
import { listCases } from '@/lib/cases/list-cases';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { listPassedOnCases } from '@/lib/cases/list-passed-on-cases';
import { listOpenReviews } from '@/lib/reviews/list-open-reviews';
import { ErrorSummary } from '@/components/forms/error-summary';
import { CaseFilters } from './case-filters';
import { CaseTable, Pagination, StatusCounts } from './case-table';
import { PassedOnList } from './passed-on-list';
import { ReviewList } from './review-list';
import './cases.scss';

export const metadata: Metadata = { title: 'Cases' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission('case.read');
  const params = await searchParams;
  const options = await listCaseFilterOptions(user);
  const { filters, errors, values } = parseCaseListFilters(params);
  const foreignSchool = filters.school && !options.schools.some((s) => s.id === filters.school);
  if (foreignSchool) errors.school = 'Select one of your schools';
  const list = await listCases(user, foreignSchool ? { ...filters, school: undefined } : filters);
  // Someone with the permission but no school or front-door membership reaches no cases at all.
  const result = list ?? { rows: [], counts: {}, total: 0, page: 1, pages: 1, oneSchool: false };
  const [passedOn, reviews] = await Promise.all([listPassedOnCases(user), listOpenReviews(user)]);
  return (
    <>
      <ErrorSummary
        errors={errors}
        order={['status', 'urgency', 'risk', 'platform', 'harm', 'school', 'from', 'to', 'q']}
      />
      <h1 className="govuk-heading-l">Cases</h1>
      {scopedSchoolIds(user).length > 0 && (
        <p className="govuk-body">
          <Link className="govuk-link" href="/cases/share-requests">
            Requests from the front door to share a case
          </Link>{' '}
          ·{' '}
          <Link className="govuk-link" href="/transfers">
            Child protection file transfers
          </Link>
        </p>
      )}
      <ReviewList reviews={reviews} />
      <StatusCounts counts={result.counts} params={values} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <CaseFilters options={options} values={values} errors={errors} />
        </div>
        <div className="govuk-grid-column-three-quarters">
          <p className="govuk-body" role="status">
            {result.total === 1 ? '1 case' : `${result.total.toLocaleString('en-GB')} cases`}
          </p>
          <CaseTable rows={result.rows} oneSchool={result.oneSchool} />
          <Pagination page={result.page} pages={result.pages} params={values} />
          <PassedOnList lines={passedOn} />
        </div>
      </div>
    </>
  );
}
