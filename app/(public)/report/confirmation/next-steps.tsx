// After sending: what the parent can do now, built from their answers (lib/reporting/next-steps.ts). Our
// words, for a worried parent on a phone. Links to other services open their own sites; nothing is sent to
// them from here.
import Link from 'next/link';
import { WarningText } from '@/components/warning-text';
import { findPlatformBySlug } from '@/lib/reference-data/find-platform-by-slug';
import type { NextStep } from '@/lib/reporting/next-steps';

export async function NextSteps({
  steps,
  partnershipId,
}: {
  steps: NextStep[];
  partnershipId: string | null;
}) {
  if (steps.length === 0) return null;
  const platforms = await Promise.all(
    steps.flatMap((step) =>
      step.kind === 'platform' && partnershipId ? [findPlatformBySlug(step.slug, partnershipId)] : [],
    ),
  );
  return (
    <section aria-labelledby="next-steps" data-testid="next-steps">
      <h2 className="govuk-heading-m" id="next-steps">
        What you can do now
      </h2>
      {platforms.map(
        (platform) =>
          platform && (
            <div key={platform.id}>
              <h3 className="govuk-heading-s">Report it to {platform.name} too</h3>
              <p className="govuk-body">
                {platform.name} must let people report harmful things and must act on them. Reporting it there
                can get the account or the content taken down.
              </p>
              {platform.reportingAdvice && <WarningText text={platform.reportingAdvice} />}
              <p className="govuk-body">
                <Link className="govuk-link" href={`/advice/${platform.slug}`}>
                  Our advice about {platform.name}
                </Link>
              </p>
            </div>
          ),
      )}
      {steps.some((s) => s.kind === 'report-remove') && (
        <>
          <h3 className="govuk-heading-s">If a picture or video of your child is online</h3>
          <p className="govuk-body">
            Your child can ask for it to be taken down with Report Remove. It is run by Childline and the
            Internet Watch Foundation, and is for anyone under 18. Go to{' '}
            <a className="govuk-link" href="https://www.childline.org.uk/" rel="noreferrer">
              childline.org.uk
            </a>{' '}
            and search for &ldquo;Report Remove&rdquo;. Your child will not get into trouble.
          </p>
        </>
      )}
      {steps.some((s) => s.kind === 'iwf') && (
        <>
          <h3 className="govuk-heading-s">If you saw sexual pictures of children online</h3>
          <p className="govuk-body">
            Tell the Internet Watch Foundation where you saw them, so they can be taken down:{' '}
            <a className="govuk-link" href="https://report.iwf.org.uk/" rel="noreferrer">
              report.iwf.org.uk
            </a>
            . You can stay anonymous. Do not save, copy or send the pictures, not even to us.
          </p>
        </>
      )}
      {steps.some((s) => s.kind === 'ceop') && (
        <>
          <h3 className="govuk-heading-s">If an adult is trying to get close to your child</h3>
          <p className="govuk-body">
            You can also tell CEOP, the part of the police that protects children online:{' '}
            <a className="govuk-link" href="https://www.ceop.police.uk/ceop-reporting/" rel="noreferrer">
              ceop.police.uk
            </a>
            .
          </p>
        </>
      )}
      {steps.some((s) => s.kind === 'evidence') && (
        <>
          <h3 className="govuk-heading-s">Keep a note of what happened</h3>
          <p className="govuk-body">Write down, while you remember:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>the names the other person used, and their usernames</li>
            <li>the dates and times it happened</li>
            <li>any reference number the app or website gave you when you reported it</li>
          </ul>
          <p className="govuk-body">
            Do not take screenshots of sexual pictures of a child, or save or send them. Keeping those is a
            crime, even when you mean to help.
          </p>
        </>
      )}
    </section>
  );
}
