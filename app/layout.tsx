import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorWordsProvider } from '@/components/error-words-provider';
import { GovukFrontendInit } from '@/components/govuk-frontend-init';
import { CATALOGUES, isLocale, DEFAULT_LOCALE } from '@/lib/i18n/locales';
import './globals.scss';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('layout');
  const service = t('serviceName');
  return {
    title: { default: service, template: `%s – ${service}` },
    description: t('description'),
    ...SHARED_METADATA,
  };
}

const SHARED_METADATA: Metadata = {
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
// The page's language and direction follow the parent's (lib/i18n/request-locale.ts).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('layout')]);
  const catalogue = CATALOGUES[isLocale(locale) ? locale : DEFAULT_LOCALE];
  return (
    <html lang={catalogue.tag} dir={catalogue.dir} className="govuk-template govuk-template--rebranded">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          {t('skipLink')}
        </a>
        {/* app/error.tsx stands in for staff and public layouts alike: English (public pages have their own). */}
        <ErrorWordsProvider reader="staff">{children}</ErrorWordsProvider>
        <GovukFrontendInit />
      </body>
    </html>
  );
}
