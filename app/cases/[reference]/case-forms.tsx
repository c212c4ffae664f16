// The actions on a case, each its own small form carrying the case's reference and the version it was
// loaded with (a stale edit is refused by the server).
import type { CaseRecord } from '@/lib/cases/read-case-record';
import { CaseActionForm } from './case-action-form';
import { caseFormSpecs } from './case-form-specs';

export function CaseForms({ record }: { record: CaseRecord }) {
  const common = { reference: record.reference, version: record.version };
  const forms = caseFormSpecs(record);
  return (
    <section aria-labelledby="actions-heading" className="app-no-print">
      <h2 className="govuk-heading-l" id="actions-heading">
        Add to the record
      </h2>
      {forms.map((form) => (
        <section key={form.id} aria-labelledby={`${form.id}-heading`} className="app-case-form">
          <h3 className="govuk-heading-m" id={`${form.id}-heading`}>
            {form.title}
          </h3>
          <CaseActionForm
            id={form.id}
            action={form.action}
            fields={form.fields}
            submit={form.submit}
            {...common}
          />
        </section>
      ))}
    </section>
  );
}
