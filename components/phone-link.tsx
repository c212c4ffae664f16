/** A phone number as written, which dials it when tapped on a phone. */
export function PhoneLink({ number }: { number: string }) {
  return (
    <a className="govuk-link" href={`tel:${number.replace(/[^0-9+]/g, '')}`}>
      {number}
    </a>
  );
}
