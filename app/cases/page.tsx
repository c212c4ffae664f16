import Link from 'next/link';
import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { listCaseFilterOptions } from '@/lib/cases/list-case-filter-options';
import { parseCaseListFilters } from '@/lib/cases/case-list-filters';
import { CASE_COUNT_CAP, listCases } from '@/lib/cases/list-cases';
import { scopedSchoolIds } from '@/lib/cases/case-scope';
import { listPassedOnCases } from '@/lib/cases/list-passed-on-cases';
import { listOpenReviews } from '@/lib/reviews/list-open-reviews';
import { ErrorSummary } from '@/components/forms/error-summary';
import { CaseFilters } from './case-filters';
import { CaseTable, countText, Pagination, StatusCounts } from './case-table';
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
  const result = list ?? {
    rows: [],
    counts: {},
    countCap: CASE_COUNT_CAP,
    total: 0,
    page: 1,
    pages: 1,
    hasNext: false,
    oneSchool: false,
  };
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
      <StatusCounts counts={result.counts} cap={result.countCap} params={values} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <CaseFilters options={options} values={values} errors={errors} />
        </div>
        <div className="govuk-grid-column-three-quarters">
          <p className="govuk-body" role="status">
            {result.total === 1 ? '1 case' : `${countText(result.total, result.countCap)} cases`}
          </p>
          {result.pages === null && (
            <p className="govuk-hint">
              We count up to {result.countCap.toLocaleString('en-GB')} cases for each status, so this page
              opens quickly. Every case is still in the list: use the filters, or go to the next page.
            </p>
          )}
          <CaseTable rows={result.rows} oneSchool={result.oneSchool} />
          <Pagination page={result.page} pages={result.pages} hasNext={result.hasNext} params={values} />
          <PassedOnList lines={passedOn} />
        </div>
      </div>
    </>
  );
}
