import type { Metadata } from 'next';
import { FileUploadField } from '@/components/forms/file-upload-field';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { requirePermission } from '@/lib/auth/session';
import { GIAS_COLUMNS, IMPORT_MAX_BYTES } from '@/lib/schools/gias-columns';
import { importErrorMessage } from './upload-errors';

export const metadata: Metadata = { title: 'Import schools' };

export default async function ImportSchoolsPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; missing?: string }>;
}) {
  await requirePermission('schools.manage');
  const query = await searchParams;
  const error = importErrorMessage(query.error, query.missing);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error && (
          <div className="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 className="govuk-error-summary__title">There is a problem</h2>
              <div className="govuk-error-summary__body">
                <ul className="govuk-list govuk-error-summary__list">
                  <li>
                    <a href="#file">{error}</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        )}
        <h1 className="govuk-heading-l">Import schools</h1>
        <p className="govuk-body">
          Download a CSV extract of your schools from Get Information About Schools and upload it here. You
          will see what would change before anything is saved.
        </p>
        <p className="govuk-body">The file needs these columns (others are ignored):</p>
        <ul className="govuk-list govuk-list--bullet">
          {Object.values(GIAS_COLUMNS).map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <form method="post" action="/admin/schools/import/upload" encType="multipart/form-data">
          <FormReferrerPolicy />
          <FileUploadField
            id="file"
            label="Upload a CSV file"
            hint={`Up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB, saved as CSV UTF-8`}
            accept=".csv,text/csv"
            error={error}
          />
          <button
            type="submit"
            className="govuk-button"
            data-module="govuk-button"
            data-prevent-double-click="true"
          >
            Upload and preview
          </button>
        </form>
      </div>
    </div>
  );
}
