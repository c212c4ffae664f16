import 'server-only';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { FormReferrerPolicy } from '@/components/forms/form-referrer-policy';
import { getTranslations } from 'next-intl/server';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';
import { mainPage, staffNavigation } from '@/lib/auth/staff-destinations';
import { headerStyle } from '@/lib/branding/brand-colour';
import { isStaffRequest, requestLocale, requestOfferedLocales } from '@/lib/i18n/request-locale';
import { getPublicBrand } from '@/lib/partnerships/get-public-brand';
import { requestNonce } from '@/lib/security/request-nonce';
import { SERVICE_NAME } from '@/lib/service';
import { LanguageChooser } from './language-chooser';
import { ErrorWordsProvider } from './error-words-provider';
import { SiteFooter } from './site-footer';
import { SiteHeader, type NavigationLink } from './site-header';
import { StaffNavigation } from './staff-navigation';

/** The footer's links, each label a key of the catalogue's `layout.footer`. */
const PUBLIC_FOOTER_LINKS = [
  { href: '/check', key: 'check' },
  { href: '/advice', key: 'advice' },
  { href: '/accessibility', key: 'accessibility' },
  { href: '/privacy', key: 'privacy' },
] as const;
const STAFF_SIGN_IN = { href: '/sign-in', key: 'staffSignIn' } as const;

const ENGLISH_FOOTER: Record<(typeof PUBLIC_FOOTER_LINKS)[number]['key'] | 'staffSignIn', string> = {
  check: 'Check or add to a report',
  advice: 'Advice for parents',
  accessibility: 'Accessibility',
  privacy: 'Privacy',
  staffSignIn: 'Staff sign in',
};

/**
 * Who is signed in, and sign out: a plain form posting to app/api/sign-out, so it works without JavaScript
 * (a link would make signing out a GET, which anything could trigger).
 */
function StaffAccount({ user }: { user: SessionUser }) {
  return (
    <div className="app-header__account">
      <p className="app-header__signed-in">
        Signed in as <bdi>{user.name}</bdi>
        {user.partnerships.length > 1 && (
          <>
            {' '}
            <Link className="app-header__switch" href="/staff/partnership">
              Change partnership
            </Link>
          </>
        )}
      </p>
      <form method="post" action="/api/sign-out">
        <FormReferrerPolicy />
        <button type="submit" className="app-header__sign-out">
          Sign out
        </button>
      </form>
    </div>
  );
}

/**
 * The page around every page: header, main and footer. Staff pages (`area="staff"`) show the staff header
 * to someone signed in: the partnership they act for, who they are (with "Change partnership" when they
 * work for several), their pages by role (lib/auth/staff-destinations.ts), sign out, and the service name
 * linking to their main page. Public pages keep the public header. The footer offers
 * "Staff sign in" only to someone not signed in. Each area's layout draws it, not the root layout, so it is
 * drawn again when a person moves between areas (signing in is such a move).
 */
export async function SiteFrame({ area, children }: { area: 'public' | 'staff'; children: ReactNode }) {
  const [brand, user, nonce, t, locale, offered, staffPage] = await Promise.all([
    getPublicBrand(),
    // A header must not break a page: a session that cannot be read shows as signed out here, and the
    // page's own check decides what the page does.
    getSessionUser().catch(() => null),
    requestNonce(),
    getTranslations('layout'),
    requestLocale(),
    requestOfferedLocales(),
    isStaffRequest(),
  ]);
  const staff = area === 'staff' && user;
  // Staff pages are in English; everything a parent can reach speaks the parent's language.
  const footerLinks: NavigationLink[] = (
    user ? PUBLIC_FOOTER_LINKS : [...PUBLIC_FOOTER_LINKS, STAFF_SIGN_IN]
  ).map((link) => ({ href: link.href, label: staff ? ENGLISH_FOOTER[link.key] : t(`footer.${link.key}`) }));
  // The partnership's colour on the public header bar. The CSP allows no style attribute, so it is a small
  // style sheet carrying this response's nonce, just before the header.
  const brandStyle = staff ? null : headerStyle(brand.brandColour);
  return (
    <>
      {brandStyle && (
        // In place, not hoisted: React drops the nonce of a hoisted (precedence) style sheet.
        <style nonce={nonce}>{brandStyle}</style>
      )}
      {staff ? (
        <SiteHeader
          // Staff pages name the partnership the person acts for (lib/auth/switch-partnership.ts), never
          // the one of the address they came in by.
          partnershipName={user.partnership?.name ?? brand.headerName}
          serviceName={SERVICE_NAME}
          homeHref={mainPage(user)}
          account={<StaffAccount user={user} />}
          navigation={<StaffNavigation links={staffNavigation(user)} />}
        />
      ) : (
        <SiteHeader
          partnershipName={brand.headerName}
          serviceName={t('serviceName')}
          serviceLabel={t('serviceInformation')}
          // Signing in and the other staff pages under the public header are in English only.
          account={staffPage ? undefined : <LanguageChooser offered={offered} current={locale} />}
        />
      )}
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {/* The public area's error pages speak the parent's language; staff ones stay in English (root). */}
          {area === 'public' ? <ErrorWordsProvider reader="parent">{children}</ErrorWordsProvider> : children}
        </main>
      </div>
      <SiteFooter
        links={footerLinks}
        linksHeading={staff ? 'Support links' : t('footer.supportLinks')}
        credit={
          staff
            ? `Run by ${user.partnership?.name ?? brand.name}. Open-source software.`
            : t('footer.credit', { partnership: brand.name })
        }
      />
    </>
  );
}
