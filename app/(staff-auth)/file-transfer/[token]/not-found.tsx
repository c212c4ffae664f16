// Every link that does not work (unknown, expired, cancelled, already received) gets the same page and
// status 404: nothing says which.
export default function LinkNotFound() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">This link does not work</h1>
        <p className="govuk-body">
          Ask the school that sent it to send the file again. They can call you to talk it through.
        </p>
      </div>
    </div>
  );
}
