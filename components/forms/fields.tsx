// GOV.UK Design System form fields as plain server-rendered markup: they work without JavaScript, and
// GOV.UK Frontend's JavaScript enhances them (character count, conditional reveals) when it runs.
import type { ChangeEventHandler, FocusEventHandler, ReactNode } from 'react';
import { fieldId } from './field-id';
import { FormReferrerPolicy } from './form-referrer-policy';

/**
 * What a form library needs on an input (react-hook-form's `register(name)`): change and blur handlers and
 * a ref. Optional: without it the fields are plain markup. React 19 passes `ref` as an ordinary prop.
 */
export interface Registration {
  onChange?: ChangeEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  onBlur?: FocusEventHandler<HTMLInputElement | HTMLTextAreaElement>;
  ref?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
}

interface Common {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Render the label as the page heading (one question per page). */
  isPageHeading?: boolean;
  registration?: Registration;
  /** Read out before the error, in the page's language (default "Error:"). */
  errorPrefix?: string;
}

export function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  ) : null;
}

export function ErrorMessage({
  id,
  error,
  prefix = 'Error:',
}: {
  id: string;
  error?: string;
  prefix?: string;
}) {
  return error ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">{prefix}</span> {error}
    </p>
  ) : null;
}

export function describedBy(
  id: string,
  hint?: ReactNode,
  error?: string,
  extra?: string,
): string | undefined {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined
  );
}

function Label({ id, label, isPageHeading }: { id: string; label: ReactNode; isPageHeading?: boolean }) {
  return isPageHeading ? (
    <h1 className="govuk-label-wrapper">
      <label className="govuk-label govuk-label--l" htmlFor={id}>
        {label}
      </label>
    </h1>
  ) : (
    <label className="govuk-label" htmlFor={id}>
      {label}
    </label>
  );
}

export function TextInput({
  name,
  label,
  hint,
  error,
  isPageHeading,
  defaultValue,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength,
  width,
  spellCheck,
  registration,
  errorPrefix,
}: Common & {
  defaultValue?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  maxLength?: number;
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  spellCheck?: boolean;
}) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Label id={id} label={label} isPageHeading={isPageHeading} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} prefix={errorPrefix} />
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        maxLength={maxLength}
        spellCheck={spellCheck}
        aria-describedby={describedBy(id, hint, error)}
        {...registration}
      />
    </div>
  );
}

export function Textarea({
  name,
  label,
  hint,
  error,
  isPageHeading,
  defaultValue,
  maxLength,
  rows = 8,
  registration,
  errorPrefix,
  countWords,
}: Common & {
  defaultValue?: string;
  maxLength: number;
  rows?: number;
  /** The character count's words in the page's language: the limit, and GOV.UK Frontend's data-i18n. */
  countWords?: { limit: string; i18n: Record<string, string> };
}) {
  const id = fieldId(name);
  return (
    <div
      className="govuk-form-group govuk-character-count"
      data-module="govuk-character-count"
      data-maxlength={maxLength}
      {...countWords?.i18n}
    >
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <Label id={id} label={label} isPageHeading={isPageHeading} />
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} prefix={errorPrefix} />
        <textarea
          className={`govuk-textarea govuk-js-character-count${error ? ' govuk-textarea--error' : ''}`}
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          aria-describedby={describedBy(id, hint, error, `${id}-info`)}
          {...registration}
        />
      </div>
      <div id={`${id}-info`} className="govuk-hint govuk-character-count__message">
        {countWords?.limit ?? `You can enter up to ${maxLength.toLocaleString('en-GB')} characters`}
      </div>
    </div>
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown when this choice is selected (GOV.UK conditional reveal; always shown without JavaScript). */
  conditional?: ReactNode;
  /** Draw an "or" divider before this choice. */
  dividerBefore?: boolean;
}

export function ChoiceGroup({
  type,
  name,
  legend,
  hint,
  error,
  isPageHeading,
  choices,
  selected,
  small,
  registration,
  errorPrefix,
}: Omit<Common, 'label'> & {
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  choices: Choice[];
  selected?: string | string[];
  small?: boolean;
}) {
  const id = fieldId(name);
  const chosen = new Set(Array.isArray(selected) ? selected : selected ? [selected] : []);
  const kind = type === 'radio' ? 'radios' : 'checkboxes';
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend
          className={`govuk-fieldset__legend${isPageHeading ? ' govuk-fieldset__legend--l' : ' govuk-fieldset__legend--s'}`}
        >
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} prefix={errorPrefix} />
        {/* GOV.UK's radios script only reveals, and would add aria-expanded (not allowed on a radio): the
            radios reveal with CSS instead, so only checkboxes load their script. */}
        <div
          className={`govuk-${kind}${small ? ` govuk-${kind}--small` : ''}`}
          data-module={type === 'checkbox' ? 'govuk-checkboxes' : undefined}
        >
          {choices.map((choice, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <ChoiceItem
                key={choice.value}
                kind={kind}
                type={type}
                name={name}
                optionId={optionId}
                choice={choice}
                checked={chosen.has(choice.value)}
                registration={registration}
              />
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function ChoiceItem({
  kind,
  type,
  name,
  optionId,
  choice,
  checked,
  registration,
}: {
  kind: 'radios' | 'checkboxes';
  type: 'radio' | 'checkbox';
  name: string;
  optionId: string;
  choice: Choice;
  checked: boolean;
  registration?: Registration;
}) {
  return (
    <>
      {choice.dividerBefore && <div className={`govuk-${kind}__divider`}>or</div>}
      <div className={`govuk-${kind}__item`}>
        <input
          className={`govuk-${kind}__input`}
          id={optionId}
          name={name}
          type={type}
          value={choice.value}
          defaultChecked={checked}
          aria-describedby={choice.hint ? `${optionId}-item-hint` : undefined}
          {...conditionalControl(type, choice.conditional ? `${optionId}-conditional` : undefined)}
          {...registration}
        />
        <label className={`govuk-label govuk-${kind}__label`} htmlFor={optionId}>
          {choice.label}
        </label>
        {choice.hint && (
          <div id={`${optionId}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
            {choice.hint}
          </div>
        )}
      </div>
      {choice.conditional && (
        <div className={`govuk-${kind}__conditional`} id={`${optionId}-conditional`}>
          {choice.conditional}
        </div>
      )}
    </>
  );
}

/**
 * A checkbox's reveal is GOV.UK Frontend's (data-aria-controls, which its script turns into aria-controls
 * and aria-expanded). A radio's is CSS (app/globals.scss): aria-expanded is not allowed on a radio, so it
 * names its panel with aria-controls only, which is valid from the start since the panel is always there.
 */
function conditionalControl(type: 'radio' | 'checkbox', panelId: string | undefined) {
  if (!panelId) return {};
  return type === 'radio' ? { 'aria-controls': panelId } : { 'data-aria-controls': panelId };
}

export function SubmitButton({
  children,
  secondary,
  preventDoubleClick = true,
  pending = false,
  pendingText,
}: {
  children: ReactNode;
  secondary?: boolean;
  /** GOV.UK's one-second lock after a click. Off where the browser checks answers first: after an error
   * shown in the page, a quick second click must go through. */
  preventDoubleClick?: boolean;
  /** With JavaScript, while the form's action runs: the button says so and cannot be pressed again. */
  pending?: boolean;
  pendingText?: ReactNode;
}) {
  // Every form with this button posts: its page must keep sending its Origin (form-referrer-policy.tsx).
  return (
    <>
      <FormReferrerPolicy />
      <button
        type="submit"
        className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`}
        data-module="govuk-button"
        data-prevent-double-click={preventDoubleClick ? 'true' : undefined}
        disabled={pending || undefined}
        aria-busy={pending || undefined}
      >
        {pending && pendingText ? pendingText : children}
      </button>
    </>
  );
}
