import { ErrorSummary } from '@/components/forms/error-summary';
import { FileUploadField } from '@/components/forms/file-upload-field';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { SelectField } from '@/components/forms/select-field';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { CATALOGUE_MAX_BYTES } from '@/lib/i18n/catalogue-import';
import type { LanguageStatus } from '@/lib/i18n/language-reviews';
import type { CatalogueResult } from './catalogue-result';

/** Where each language's file is downloaded (app/admin/branding/catalogue/[locale]/route.ts). */
const CATALOGUE_PATH = '/admin/branding/catalogue';

/**
 * Download a language's catalogue for a fluent reader, and upload the checked file (a plain multipart
 * form to app/admin/branding/catalogue-upload, which comes back here with a result code).
 */
export function CatalogueUploadForm({
  statuses,
  result,
}: {
  statuses: LanguageStatus[];
  result: CatalogueResult;
}) {
  const error = result?.kind === 'refused' ? result : null;
  return (
    <div id="catalogue">
      <h3 className="govuk-heading-s">Check a translation with a fluent reader</h3>
      {result?.kind === 'saved' && <NotificationBanner success title="Success" heading={result.message} />}
      <ErrorSummary errors={error ? { 'catalogue-file': error.message } : {}} />
      <p className="govuk-body">
        Download the file for a language and the{' '}
        <a href={`${CATALOGUE_PATH}/en`} className="govuk-link" download>
          English file
        </a>{' '}
        to read beside it. The reader changes only the words between quotes on the right of each colon,
        keeping anything in {'{ }'} or {'< >'} as it is. Then upload the checked file here. Your parents will
        see its words; other partnerships will not.
      </p>
      <ul className="govuk-list">
        {statuses
          .filter((s) => s.complete)
          .map((s) => (
            <li key={s.locale}>
              <a href={`${CATALOGUE_PATH}/${s.locale}`} className="govuk-link" download>
                Download the {s.englishName} file
              </a>
            </li>
          ))}
      </ul>
      <form method="post" action="/admin/branding/catalogue-upload" encType="multipart/form-data">
        <FormReferrerPolicy />
        <SelectField
          name="language"
          label="Language of the file"
          value={result?.locale}
          options={statuses.map((s) => ({ value: s.locale, text: s.englishName }))}
        />
        <FileUploadField
          id="catalogue-file"
          label="Upload the checked file"
          hint={`A JSON file saved as UTF-8, up to ${CATALOGUE_MAX_BYTES / 1024} KB`}
          accept=".json,application/json"
          error={error?.message}
        >
          {error && error.problems.length > 0 && (
            <ul className="govuk-list govuk-list--bullet">
              {error.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </FileUploadField>
        <button
          type="submit"
          className="govuk-button"
          data-module="govuk-button"
          data-prevent-double-click="true"
        >
          Upload the checked file
        </button>
      </form>
    </div>
  );
}
