import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/session';
import { SwitchPartnershipForm } from './switch-partnership-form';

export const metadata: Metadata = { title: 'Which partnership are you working for?' };

// For someone with roles in more than one partnership (say, a police officer on two boards): every page
// then acts for the one chosen here, and its name heads every page.
export default async function ChoosePartnershipPage() {
  const user = await requireUser();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {user.partnerships.length > 1 ? (
          <SwitchPartnershipForm partnerships={user.partnerships} current={user.partnership?.id} />
        ) : (
          <>
            <h1 className="govuk-heading-l">Your partnership</h1>
            <p className="govuk-body">
              {user.partnership
                ? `You work for ${user.partnership.name} only, so there is nothing to change.`
                : user.serviceOperator
                  ? 'You run the service for every partnership, and work for none of them.'
                  : 'Your account has no role yet. Ask your service administrator.'}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
