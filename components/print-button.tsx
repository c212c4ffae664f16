'use client';
import { useSyncExternalStore } from 'react';

const noop = () => () => undefined;

/** Shown only when JavaScript runs (printing needs it); without it, the page says to write the codes down. */
/** `label` in the page's language; English unless given. */
export function PrintButton({ label = 'Print this page' }: { label?: string }) {
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
      {label}
    </button>
  );
}
