'use client';

import { ServiceProblem } from '@/components/service-problem';
import { SiteHeader } from '@/components/site-header';
import { SERVICE_NAME } from '@/lib/service';

/**
 * Shown for an unexpected error. Never the error's message: only a reference staff can look up in logs.
 * It replaces the area's layout, so it draws its own header and main (without the partnership's name, which
 * this client-side page cannot read). In English: it stands in for staff pages' layouts too, and the root
 * layout gives it English words (components/error-words-provider.tsx); public pages have their own.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <>
      <SiteHeader serviceName={SERVICE_NAME} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <ServiceProblem digest={error.digest} />
        </main>
      </div>
    </>
  );
}
