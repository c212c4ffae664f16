export function AddedBanner({ text }: { text: string }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title">Success</h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}
