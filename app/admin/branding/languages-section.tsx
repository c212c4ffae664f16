import { Table } from '@/components/govuk/table';
import { formatDate } from '@/lib/format/dates';
import type { LanguageStatus } from '@/lib/i18n/language-reviews';
import { AdminForm } from '../_components/admin-form';
import { editLanguages, recordReview } from './actions';
import { CatalogueUploadForm } from './catalogue-upload-form';
import type { CatalogueResult } from './catalogue-result';

/**
 * The languages part of the branding page: each catalogue's status for this partnership (complete, and
 * reviewed by a named fluent reader or not), the languages offered, the form recording a review, and the
 * download and upload of a catalogue for review.
 */
export function LanguagesSection({
  statuses,
  result,
}: {
  statuses: LanguageStatus[];
  result: CatalogueResult;
}) {
  const complete = statuses.filter((s) => s.complete);
  return (
    <>
      <h2 className="govuk-heading-m">Languages for parents</h2>
      <p className="govuk-body">
        Parents can choose one of these at the top of every public page. English is always offered.
      </p>
      <Table
        caption="The translation of each language"
        captionClassName="govuk-table__caption--s"
        head={['Language', 'Translation', 'Checked by a fluent reader', 'Offered']}
        firstCellIsHeader
        rows={statuses.map((s) => ({
          key: s.locale,
          cells: [
            `${s.englishName} (${s.name})`,
            s.complete ? 'Complete' : `Not complete: ${s.problems} messages missing or wrong`,
            s.review
              ? `${s.review.reviewerName}, ${formatDate(s.review.reviewedOn)}`
              : 'Needs review by a fluent reader',
            s.offered ? 'Yes' : 'No',
          ],
        }))}
      />
      <AdminForm
        action={editLanguages}
        submitLabel="Save languages"
        fields={[
          {
            kind: 'checkboxes',
            name: 'languages',
            label: 'Other languages to offer',
            hint: 'Only languages whose translation is complete are listed. Ask a fluent reader to check a language before you offer it.',
            defaultValue: statuses.filter((s) => s.offered).map((s) => s.locale),
            choices: complete.map((s) => ({ value: s.locale, label: `${s.englishName} (${s.name})` })),
          },
        ]}
      />
      <h3 className="govuk-heading-s">Record a check by a fluent reader</h3>
      <AdminForm
        action={recordReview}
        submitLabel="Record the check"
        fields={[
          {
            kind: 'select',
            name: 'locale',
            label: 'Language',
            choices: statuses.map((s) => ({ value: s.locale, label: s.englishName })),
          },
          {
            kind: 'text',
            name: 'reviewerName',
            label: 'Name of the person who checked it',
            maxLength: 100,
          },
          {
            kind: 'text',
            name: 'reviewedOn',
            label: 'Date they checked it',
            hint: 'Day, month and year, like 3/12/2026',
            width: 10,
          },
        ]}
      />
      <CatalogueUploadForm statuses={statuses} result={result} />
    </>
  );
}
