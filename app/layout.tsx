import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { GovukFrontendInit } from '@/components/govuk-frontend-init';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getPublicPartnershipName } from '@/lib/partnerships/get-public-partnership-name';
import { SERVICE_NAME } from '@/lib/service';
import './globals.scss';

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s – ${SERVICE_NAME}` },
  description: 'Tell your child’s school about something that happened to them online.',
  // Nothing here should be indexed or followed from a search engine result about a child.
  robots: { index: false, follow: false },
  // 'same-origin', not 'no-referrer': with no-referrer browsers post forms with `Origin: null`, and Next.js
  // then refuses every server action submitted without JavaScript. Other sites still get no referrer.
  referrer: 'same-origin',
  icons: { icon: '/assets/images/favicon.svg' },
};

// Every page shows the partnership's name from the database, so nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { themeColor: '#0b4f6c', width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const partnershipName = await getPublicPartnershipName();
  return (
    <html lang="en-GB" className="govuk-template govuk-template--rebranded">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          Skip to main content
        </a>
        <SiteHeader partnershipName={partnershipName} serviceName={SERVICE_NAME} links={[]} />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <SiteFooter partnershipName={partnershipName} links={[]} />
        <GovukFrontendInit />
      </body>
    </html>
  );
}
