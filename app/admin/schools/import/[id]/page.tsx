import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { PHASE_LABELS } from '@/lib/schools/gias-columns';
import { previewSchoolImport } from '@/lib/schools/school-import';
import { AdminForm } from '../../../_components/admin-form';
import { confirmSchoolImport } from '../../actions';
import { RowsTable } from './rows-table';
import { formatDateTime } from '@/lib/format/dates';
import { SummaryList } from '@/components/govuk/summary-list';

export const metadata: Metadata = { title: 'Check the import' };

const SHOWN = 100;

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('schools.manage');
  const preview = await previewSchoolImport(partnershipFor(user, 'schools.manage'), (await params).id);
  if (!preview) notFound();
  const { diff } = preview;
  const rejected = [...preview.rejected, ...diff.elsewhere];
  const counts: [string, number][] = [
    ['New schools', diff.added.length],
    ['Schools with changed details', diff.changed.length],
    ['Unchanged', diff.unchanged],
    ['Active schools not in the file', diff.notInFile.length],
    ['Rows rejected', rejected.length],
  ];
  return (
    <>
      <span className="govuk-caption-l">{preview.fileName}</span>
      <h1 className="govuk-heading-l">
        {preview.appliedAt ? 'Import applied' : 'Check the import before applying it'}
      </h1>
      {preview.convertedFrom && (
        <div className="govuk-inset-text">
          This file was not saved as UTF-8, so it was read as {preview.convertedFrom} (Excel’s usual encoding
          on Windows). Check that names with accents or apostrophes look right below.
        </div>
      )}
      {!preview.appliedAt && (
        <SummaryList rows={counts.map(([label, n]) => ({ key: label, value: n.toLocaleString('en-GB') }))} />
      )}
      {preview.appliedAt ? (
        <div className="govuk-panel govuk-panel--confirmation">
          <h2 className="govuk-panel__title">
            Import applied: {preview.applied?.added ?? 0} added, {preview.applied?.changed ?? 0} updated,{' '}
            {preview.applied?.deactivated ?? 0} deactivated
          </h2>
          <div className="govuk-panel__body">on {formatDateTime(preview.appliedAt)}</div>
        </div>
      ) : (
        <AdminForm
          action={confirmSchoolImport}
          hidden={{ importId: preview.id }}
          fields={
            diff.notInFile.length
              ? [
                  {
                    kind: 'checkboxes',
                    name: 'deactivateMissing',
                    label: 'Schools not in the file',
                    choices: [
                      {
                        value: 'yes',
                        label: `Also deactivate the ${diff.notInFile.length} active schools that are not in this file`,
                        hint: 'Concerns already sent about them are kept as they are.',
                      },
                    ],
                  },
                ]
              : []
          }
          submitLabel="Apply these changes"
        />
      )}
      {rejected.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Rows rejected</h2>
          <p className="govuk-body">
            These rows were not imported. Correct them in Get Information About Schools or the file and upload
            it again.{' '}
            <a className="govuk-link" href={`/admin/schools/import/${preview.id}/rejected-rows`} download>
              Download the rejected rows (CSV)
            </a>
          </p>
          <RowsTable
            caption={rejected.length > SHOWN ? `The first ${SHOWN} of ${rejected.length}` : undefined}
            head={['Line', 'URN', 'Why']}
            rows={rejected.slice(0, SHOWN).map((r) => [String(r.line), r.urn, r.reason])}
          />
        </>
      )}
      {!preview.appliedAt && diff.added.length > 0 && (
        <>
          <h2 className="govuk-heading-m">New schools</h2>
          <RowsTable
            caption={diff.added.length > SHOWN ? `The first ${SHOWN} of ${diff.added.length}` : undefined}
            head={['URN', 'Name', 'Phase', 'Local authority']}
            rows={diff.added
              .slice(0, SHOWN)
              .map((r) => [String(r.urn), r.name, PHASE_LABELS[r.phase], r.localAuthority])}
          />
        </>
      )}
      {!preview.appliedAt && diff.changed.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Schools with changed details</h2>
          <RowsTable
            caption={diff.changed.length > SHOWN ? `The first ${SHOWN} of ${diff.changed.length}` : undefined}
            head={['URN', 'Name in the file', 'What changes']}
            rows={diff.changed
              .slice(0, SHOWN)
              .map((c) => [String(c.row.urn), c.row.name, c.fields.join(', ')])}
          />
        </>
      )}
      {!preview.appliedAt && diff.notInFile.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Active schools not in the file</h2>
          <RowsTable
            caption={
              diff.notInFile.length > SHOWN ? `The first ${SHOWN} of ${diff.notInFile.length}` : undefined
            }
            head={['URN', 'Name']}
            rows={diff.notInFile.slice(0, SHOWN).map((s) => [String(s.urn), s.name])}
          />
        </>
      )}
    </>
  );
}
