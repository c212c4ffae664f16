import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { GovukFrontendInit } from '@/components/govuk-frontend-init';
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

export const viewport: Viewport = { themeColor: '#0b4f6c', width: 'device-width', initialScale: 1 };

// Header, main and footer come from each area's layout (components/site-frame.tsx): public pages and staff
// pages have different headers, and a root layout is not drawn again when a person moves between them.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB" className="govuk-template govuk-template--rebranded">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          Skip to main content
        </a>
        {children}
        <GovukFrontendInit />
      </body>
    </html>
  );
}
