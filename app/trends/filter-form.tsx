import { TextInput } from '@/components/forms/fields';
import { PERIOD_NAMES, PERIODS, PHASES } from '@/lib/trends/dimensions';
import type { FilterOptions } from '@/lib/trends/filters';
import { SelectField } from '@/components/forms/select-field';

/** A GET form: works without JavaScript, and the address can be bookmarked or shared with colleagues. */
export function FilterForm({
  options,
  values,
  errors,
}: {
  options: FilterOptions;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const any = (text: string) => ({ value: '', text });
  return (
    <form method="get" action="/trends" noValidate>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput
            name="from"
            label="From"
            hint="For example, 1/9/2026"
            defaultValue={values.from}
            error={errors.from}
            width={10}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <TextInput
            name="to"
            label="To"
            hint="For example, 30/11/2026"
            defaultValue={values.to}
            error={errors.to}
            width={10}
          />
        </div>
      </div>
      <SelectField
        name="period"
        label="Show counts by"
        value={values.period ?? 'month'}
        error={errors.period}
        options={PERIODS.map((period) => ({ value: period, text: PERIOD_NAMES[period] }))}
      />
      <SelectField
        name="platform"
        label="Platform"
        value={values.platform}
        error={errors.platform}
        options={[any('All platforms'), ...options.platforms.map((p) => ({ value: p.slug, text: p.name }))]}
      />
      <SelectField
        name="harm"
        label="Kind of harm"
        value={values.harm}
        error={errors.harm}
        options={[any('All kinds of harm'), ...options.harms.map((h) => ({ value: h.slug, text: h.name }))]}
      />
      <SelectField
        name="area"
        label="Area"
        value={values.area}
        error={errors.area}
        options={[any('All areas'), ...options.areas.map((a) => ({ value: a, text: a }))]}
      />
      <SelectField
        name="phase"
        label="School phase"
        value={values.phase}
        error={errors.phase}
        options={[any('All phases'), ...Object.entries(PHASES).map(([value, text]) => ({ value, text }))]}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Show trends
      </button>
    </form>
  );
}
