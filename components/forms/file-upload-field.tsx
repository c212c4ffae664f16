import type { ReactNode } from 'react';

/**
 * GOV.UK's file upload in its form group, for the plain multipart forms that post to a route handler (the
 * schools import, a language's checked catalogue): label, hint, the error in words and anything that
 * explains it (`children`, under the error), then the input named `file`.
 */
export function FileUploadField({
  id,
  label,
  hint,
  accept,
  error,
  children,
}: {
  id: string;
  label: string;
  hint: ReactNode;
  accept: string;
  error?: string | null;
  children?: ReactNode;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint">
        {hint}
      </div>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name="file"
        type="file"
        accept={accept}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}
