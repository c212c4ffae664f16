// What happens to an urgent report, for the parent who just sent one. Plain words: the parent is worried
// and may be reading at night. The school is not there out of hours, so the page says who is.
import { PhoneLink } from '@/components/phone-link';

export function UrgentHelp({ outOfHoursPhone }: { outOfHoursPhone: string | null }) {
  return (
    <div className="govuk-inset-text" data-testid="urgent-help">
      <h2 className="govuk-heading-m">Your report is urgent</h2>
      <p className="govuk-body">
        From what you told us, we think this is urgent. We have put your report at the top of the list, and
        the team is told if nobody reads it quickly.
      </p>
      <p className="govuk-body">
        Schools are closed at night, at weekends and in the holidays. At those times nobody may read your
        report until the school opens again.
      </p>
      {outOfHoursPhone ? (
        <p className="govuk-body">
          If you need help when the school is closed, call our out-of-hours team on{' '}
          <strong>
            <PhoneLink number={outOfHoursPhone} />
          </strong>
          . If a child is in danger right now, call <PhoneLink number="999" />.
        </p>
      ) : (
        <p className="govuk-body">
          <strong>
            If a child is in danger right now, call <PhoneLink number="999" />.
          </strong>{' '}
          Do not wait for us.
        </p>
      )}
    </div>
  );
}
