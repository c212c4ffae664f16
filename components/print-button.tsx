'use client';
import { useSyncExternalStore } from 'react';

const noop = () => () => undefined;

/** Shown only when JavaScript runs (printing needs it); without it, the page says to write the codes down. */
export function PrintButton() {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary app-no-print"
      onClick={() => window.print()}
    >
      Print this page
    </button>
  );
}
