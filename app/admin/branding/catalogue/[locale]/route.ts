// A language's catalogue as this partnership's public pages speak it, as a JSON file for a fluent reader
// to check (English at /admin/branding/catalogue/en, to read beside it). "Not found" to anyone else.
import { NextResponse, type NextRequest } from 'next/server';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { getSessionUser, userMay } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/locales';
import { partnershipMessages } from '@/lib/i18n/partnership-messages';
import { withSecurityHeaders } from '@/lib/security/with-security-headers';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const [user, { locale }] = await Promise.all([getSessionUser(), params]);
  if (!user || !userMay(user, 'reference-data.manage') || !isLocale(locale))
    return withSecurityHeaders(new NextResponse('Page not found', { status: 404 }));
  const messages = await partnershipMessages(partnershipFor(user, 'reference-data.manage'), locale);
  return withSecurityHeaders(
    new NextResponse(`${JSON.stringify(messages, null, 2)}\n`, {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${locale}.json"`,
        'cache-control': 'no-store',
      },
    }),
  );
}
