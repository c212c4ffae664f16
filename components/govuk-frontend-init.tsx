'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Starts GOV.UK Frontend's JavaScript (error summary focus, character count, "Exit this page", …) on
 * every page, again after each client-side navigation. Components already started are skipped: React
 * runs effects twice in development and GOV.UK Frontend refuses to start a component twice.
 */
export function GovukFrontendInit() {
  const pathname = usePathname();
  useEffect(() => {
    document.body.classList.add('js-enabled', 'govuk-frontend-supported');
    let cancelled = false;
    void import('govuk-frontend').then(({ initAll }) => {
      if (cancelled) return;
      initAll({
        onError: (error: unknown) => {
          if (error instanceof Error && error.name === 'InitError') return;
          console.error(error);
        },
      });
    });
    return () => {
      cancelled = true;
    };
  }, [pathname]);
  return null;
}
