// The case list's filters: a plain GET form, so it works without JavaScript and the address can be shared
// with a colleague who has the same access.
import { STATUS_LABELS, RISK_LABELS } from '@/lib/cases/case-labels';
import Link from 'next/link';
import { Select, Text } from './filter-fields';

export function CaseFilters({
  options,
  values,
  errors,
}: {
  options: {
    schools: { id: string; name: string }[];
    platforms: { slug: string; name: string }[];
    harms: { slug: string; name: string }[];
  };
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const common = { values, errors };
  return (
    <form method="get" action="/cases" aria-label="Filter cases">
      <h2 className="govuk-heading-m">Filter</h2>
      <Text name="q" label="Reference" hint="For example, K7QM-4X9T" {...common} />
      <Select
        name="status"
        label="Status"
        options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        {...common}
      />
      <Select
        name="urgency"
        label="Urgency"
        options={[
          { value: 'urgent', label: 'Urgent' },
          { value: 'not-urgent', label: 'Not urgent' },
        ]}
        {...common}
      />
      <Select
        name="risk"
        label="Risk"
        options={[
          ...Object.entries(RISK_LABELS).map(([value, label]) => ({ value, label })),
          { value: 'none', label: 'Not rated' },
        ]}
        {...common}
      />
      <Select
        name="platform"
        label="Platform"
        options={options.platforms.map((p) => ({ value: p.slug, label: p.name }))}
        {...common}
      />
      <Select
        name="harm"
        label="Kind of harm"
        options={options.harms.map((h) => ({ value: h.slug, label: h.name }))}
        {...common}
      />
      {options.schools.length > 1 && (
        <Select
          name="school"
          label="School"
          options={options.schools.map((s) => ({ value: s.id, label: s.name }))}
          {...common}
        />
      )}
      <Text name="from" label="Received from" hint="For example, 1/9/2026" {...common} />
      <Text name="to" label="Received up to" hint="For example, 31/12/2026" {...common} />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="mine"
              name="mine"
              type="checkbox"
              value="yes"
              defaultChecked={values.mine === 'yes'}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="mine">
              Assigned to me
            </label>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button">
        Apply filters
      </button>{' '}
      <Link className="govuk-link" href="/cases">
        Clear filters
      </Link>
    </form>
  );
}
