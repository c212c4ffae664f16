'use client';

import { useEffect, useRef } from 'react';
import { fieldId } from './field-id';

/**
 * GOV.UK error summary: at the top of the page, each message linking to its field. `order` lists field names
 * in page order. With JavaScript it is focused whenever it appears or its messages change, also when a
 * server action's answer draws it without a page load (GOV.UK Frontend starts components only on load).
 */
export function ErrorSummary({
  errors,
  order,
  formError,
  title = 'There is a problem',
}: {
  errors?: Record<string, string>;
  order?: string[];
  formError?: string;
  /** In the page's language. */
  title?: string;
}) {
  const entries = Object.entries(errors ?? {}).sort(([a], [b]) => rank(order, a) - rank(order, b));
  const box = useRef<HTMLDivElement>(null);
  const shown = JSON.stringify([formError, entries]);
  useEffect(() => focusErrorSummary(box.current), [shown]);
  if (entries.length === 0 && !formError) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={box}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {formError && <li>{formError}</li>}
            {entries.map(([field, message]) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function rank(order: string[] | undefined, field: string): number {
  const i = order?.indexOf(field) ?? -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

/** Starts GOV.UK Frontend's error summary on `box` (which focuses it and makes its links focus their field), or focuses it again. */
export function focusErrorSummary(box: HTMLElement | null | undefined): void {
  if (!box) return;
  void import('govuk-frontend').then(({ ErrorSummary }) => {
    if (!box.isConnected) return;
    if (!box.hasAttribute('data-govuk-error-summary-init')) return void new ErrorSummary(box);
    box.setAttribute('tabindex', '-1');
    box.focus();
  });
}
