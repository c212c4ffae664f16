'use client';

import { useEffect } from 'react';
import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';

interface Suggestion {
  name: string;
  town: string | null;
  postcode: string | null;
}

/**
 * With JavaScript, turns the school search box into alphagov's accessible-autocomplete (a combobox that
 * screen readers announce): suggestions appear as the parent types, and choosing one searches for exactly
 * that school. Without JavaScript the plain search box and results page do the same job.
 */
export function SchoolTypeahead({ inputId, defaultValue }: { inputId: string; defaultValue?: string }) {
  useEffect(() => {
    const original = document.getElementById(inputId) as HTMLInputElement | null;
    if (!original || original.dataset.enhanced) return;
    const container = document.createElement('div');
    original.insertAdjacentElement('afterend', container);
    // React still owns the plain input, so it is hidden and switched off rather than removed; the
    // autocomplete's own input takes its id (the label points at it) and its name (the form posts it).
    original.dataset.enhanced = 'true';
    original.id = `${inputId}-plain`;
    original.hidden = true;
    original.disabled = true;
    let cancelled = false;
    void import('accessible-autocomplete').then(({ default: accessibleAutocomplete }) => {
      if (cancelled) return;
      accessibleAutocomplete({
        element: container,
        id: inputId,
        name: original.name,
        defaultValue: defaultValue ?? '',
        minLength: 2,
        showNoOptionsFound: true,
        tNoResults: () => 'No schools found. Press Search to see all the choices.',
        displayMenu: 'inline',
        confirmOnBlur: false,
        source: suggest,
        templates: {
          inputValue: (s?: Suggestion | string) => (typeof s === 'string' ? s : (s?.name ?? '')),
          suggestion: (s?: Suggestion | string) =>
            typeof s === 'string' ? s : s ? [s.name, s.town, s.postcode].filter(Boolean).join(', ') : '',
        },
      });
      const input = document.getElementById(inputId);
      input?.setAttribute('aria-describedby', `${inputId}-hint`);
      // Pressing Search while suggestions show would blur the box, close the list and move the button out
      // from under the pointer before the click lands. Keeping focus on mousedown keeps the button still.
      original.form?.querySelector('button[type="submit"]')?.addEventListener('mousedown', keepFocus);
    });
    return () => {
      cancelled = true;
    };
  }, [inputId, defaultValue]);
  return null;
}

function keepFocus(event: Event): void {
  if (document.querySelector('.autocomplete__menu--visible')) event.preventDefault();
}

let latest: AbortController | undefined;

function suggest(query: string, populate: (results: Suggestion[]) => void): void {
  latest?.abort();
  latest = new AbortController();
  fetch(`/api/schools?q=${encodeURIComponent(query)}`, { signal: latest.signal })
    .then((response) => (response.ok ? (response.json() as Promise<Suggestion[]>) : []))
    .then(populate)
    .catch(() => {});
}
