// The actions on a case, one at a time: a list of links ("?action=note") and, below it, the one form
// chosen, so the page does not open with nine forms on it and it all works without JavaScript. The reply
// to the reporter sits with the messages. Each form carries the case's reference and the version it was
// loaded with (a stale edit is refused by the server).
import Link from 'next/link';
import type { CaseRecord } from '@/lib/cases/read-case-record';
import { CaseActionForm } from './case-action-form';
import { caseFormSpecs, type CaseFormSpec } from './case-form-specs';

interface Props {
  record: CaseRecord;
  userId: string;
  /** The case page's own address, without a query. */
  href: string;
  /** The form the address asks for (?action=…), if any. */
  chosen: string | null;
}

const REPLY = 'message';

export function CaseForms({ record, userId, href, chosen }: Props) {
  const forms = caseFormSpecs(record, userId).filter((form) => form.key !== REPLY);
  const open = forms.find((form) => form.key === chosen);
  return (
    <section aria-labelledby="actions-heading" className="app-no-print" id="add-to-record">
      <h2 className="govuk-heading-l" id="actions-heading">
        Add to the record
      </h2>
      <ul className="govuk-list app-case-actions">
        {forms.map((form) => (
          <li key={form.key}>
            <Link
              className="govuk-link"
              href={`${href}?action=${form.key}#add-to-record`}
              aria-current={form === open ? 'true' : undefined}
            >
              {form.title}
            </Link>
          </li>
        ))}
      </ul>
      {/* Keyed by the form, so choosing another starts it afresh, not with the last one's confirmation. */}
      {open && <OpenForm key={open.key} form={open} record={record} closeHref={`${href}#add-to-record`} />}
    </section>
  );
}

/** "Send a message to the reporter" under the messages: a link, or the form when the address asks for it. */
export function ReplyToReporter({ record, userId, href, chosen }: Props) {
  const reply = caseFormSpecs(record, userId).find((form) => form.key === REPLY) as CaseFormSpec;
  if (chosen !== REPLY)
    return (
      <p className="govuk-body app-no-print" id="reply">
        <Link className="govuk-link" href={`${href}?action=${REPLY}#reply`}>
          {reply.title}
        </Link>
      </p>
    );
  return (
    <div id="reply" className="app-no-print">
      <OpenForm form={reply} record={record} closeHref={`${href}#reply`} />
    </div>
  );
}

function OpenForm({
  form,
  record,
  closeHref,
}: {
  form: CaseFormSpec;
  record: CaseRecord;
  closeHref: string;
}) {
  return (
    <section aria-labelledby={`${form.id}-heading`} className="app-case-form">
      <h3 className="govuk-heading-m" id={`${form.id}-heading`}>
        {form.title}
      </h3>
      <CaseActionForm
        id={form.id}
        action={form.action}
        fields={form.fields}
        submit={form.submit}
        reference={record.reference}
        version={record.version}
      />
      <p className="govuk-body">
        <Link className="govuk-link" href={closeHref}>
          Close this form
        </Link>
      </p>
    </section>
  );
}
