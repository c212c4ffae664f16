import { TextInput } from '@/components/forms/fields';

/** The `q` of a school search page's address, cut to the search box's length. */
export function schoolQuery(q: string | string[] | undefined): string {
  return typeof q === 'string' ? q.slice(0, 100) : '';
}

/** Schools found, as the radios of the form below the search: name, with town and postcode as the hint. */
export function schoolChoices(
  schools: { id: string; name: string; town: string | null; postcode: string | null }[],
) {
  return schools.map((s) => ({
    value: s.id,
    label: s.name,
    hint: [s.town, s.postcode].filter(Boolean).join(', '),
  }));
}

/**
 * The search for a school on the service, as parents search (pass on, transfer a file): a plain GET form
 * back to the page, and how many schools matched.
 */
export function SchoolSearch({
  action,
  label,
  query,
  found,
}: {
  action: string;
  label: string;
  query: string;
  found: number;
}) {
  return (
    <>
      <form method="get" action={action} role="search">
        <TextInput
          name="q"
          type="search"
          label={label}
          hint="Enter part of its name, its town or its postcode"
          defaultValue={query}
          maxLength={100}
          width={20}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Search
        </button>
      </form>
      {query && (
        <p className="govuk-body" role="status">
          {found === 0
            ? `No schools match “${query}”.`
            : `${found} ${found === 1 ? 'school matches' : 'schools match'} “${query}”.`}
        </p>
      )}
    </>
  );
}
