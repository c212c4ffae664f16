import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'File received' };

// After the receipt: the link no longer opens, so this page reads nothing.
export default function LinkReceivedPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Receipt confirmed</h1>
        </div>
        <p className="govuk-body">
          The school that sent the file can now see that you have received it. The link no longer works.
        </p>
      </div>
    </div>
  );
}
