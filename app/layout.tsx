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
  // No referrer policy here: every response says no-referrer (proxy.ts); a page holding a form that posts
  // narrows it to same-origin (components/forms/form-referrer-policy.tsx says why).
  icons: { icon: '/assets/images/favicon.svg' },
};

// Every page shows the partnership's name from the database, so nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

const PUBLIC_FOOTER_LINKS = [
  { href: '/check', label: 'Check or add to a report' },
  { href: '/advice', label: 'Advice for parents' },
  { href: '/accessibility', label: 'Accessibility' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/sign-in', label: 'Staff sign in' },
];

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
        <SiteFooter partnershipName={partnershipName} links={PUBLIC_FOOTER_LINKS} />
        <GovukFrontendInit />
      </body>
    </html>
  );
}
