'use client';

import { useEffect } from 'react';
import { escapeHtml } from '@/lib/security/escape-html';
import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';
import './school-typeahead.css';

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
export function SchoolTypeahead({ inputId, noResults }: { inputId: string; noResults: string }) {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('accessible-autocomplete').then(({ default: accessibleAutocomplete }) => {
      const original = document.getElementById(inputId) as HTMLInputElement | null;
      if (cancelled || !original?.form || original.dataset.enhanced) return;
      stop = enhance(original, original.form, accessibleAutocomplete, noResults);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [inputId, noResults]);
  return null;
}

type Autocomplete = typeof import('accessible-autocomplete').default;

/** Swaps the plain box for the combobox, keeping what was typed and where focus was. */
function enhance(
  original: HTMLInputElement,
  form: HTMLFormElement,
  autocomplete: Autocomplete,
  noResults: string,
) {
  const inputId = original.id;
  const hadFocus = document.activeElement === original;
  const container = document.createElement('div');
  original.insertAdjacentElement('afterend', container);
  // React still owns the plain input, so it is hidden and switched off rather than removed; the
  // autocomplete's own input takes its id (the label points at it) and its name (the form posts it).
  original.dataset.enhanced = 'true';
  original.id = `${inputId}-plain`;
  original.hidden = original.disabled = true;
  autocomplete<Suggestion>({
    element: container,
    id: inputId,
    name: original.name,
    defaultValue: original.value,
    minLength: 2,
    showNoOptionsFound: true,
    tNoResults: () => noResults,
    displayMenu: 'inline',
    confirmOnBlur: false,
    source: suggest,
    templates: {
      inputValue: (s?: Suggestion | string) => (typeof s === 'string' ? s : (s?.name ?? '')),
      // The component inserts this as HTML: school names (imported from a spreadsheet) are escaped.
      suggestion: (s?: Suggestion | string) =>
        escapeHtml(
          typeof s === 'string' ? s : s ? [s.name, s.town, s.postcode].filter(Boolean).join(', ') : '',
        ),
    },
  });
  const input = document.getElementById(inputId) as HTMLInputElement;
  if (hadFocus) {
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
  // The component keeps Enter for choosing a suggestion, even when none is highlighted: then Enter
  // searches for what was typed, as it does without JavaScript.
  container.addEventListener('keydown', (event) => searchOnEnter(event, input, container, form), true);
  // Pressing Search while suggestions show would blur the box, close the list and move the button out
  // from under the pointer before the click lands. Keeping focus on mousedown keeps the button still.
  form.querySelector('button[type="submit"]')?.addEventListener('mousedown', keepFocus);
  return keepHintAndErrorLinked(original, input);
}

function searchOnEnter(
  event: KeyboardEvent,
  input: HTMLInputElement,
  menu: HTMLElement,
  form: HTMLFormElement,
) {
  if (event.key !== 'Enter' || event.target !== input) return;
  // A highlighted suggestion: the component chooses it, and the next Enter searches for it.
  if (menu.querySelector('.autocomplete__option--focused')) return;
  event.preventDefault();
  event.stopPropagation();
  form.requestSubmit();
}

/**
 * The hint and any error message belong to the box the parent types in. The component rewrites its
 * input's aria-describedby as it opens and closes, so the plain input's links are put back each time.
 */
function keepHintAndErrorLinked(original: HTMLInputElement, input: HTMLInputElement): () => void {
  const sync = () => {
    const own = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id.endsWith('__assistiveHint'));
    const ids = [...(original.getAttribute('aria-describedby') ?? '').split(' '), ...own].filter(Boolean);
    const wanted = [...new Set(ids)].join(' ');
    if ((input.getAttribute('aria-describedby') ?? '') !== wanted) {
      if (wanted) input.setAttribute('aria-describedby', wanted);
      else input.removeAttribute('aria-describedby');
    }
  };
  const observer = new MutationObserver(sync);
  observer.observe(original, { attributes: true, attributeFilter: ['aria-describedby'] });
  observer.observe(input, { attributes: true, attributeFilter: ['aria-describedby'] });
  sync();
  return () => observer.disconnect();
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
