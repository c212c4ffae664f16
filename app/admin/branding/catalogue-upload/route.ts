// A reviewed catalogue, uploaded by an administrator: checked whole (lib/i18n/catalogue-import.ts), then
// kept as their partnership's version of that language. A route handler, like the schools upload, so the
// size cap is ours and an oversized file is refused from its Content-Length without reading it.
import { NextResponse, type NextRequest } from 'next/server';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { getSessionUser, userMay } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { CATALOGUE_MAX_BYTES, checkCatalogueUpload, PROBLEMS_SHOWN } from '@/lib/i18n/catalogue-import';
import { saveCatalogueOverride } from '@/lib/i18n/catalogue-overrides';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { sameOrigin } from '@/lib/security/same-origin';
import { withSecurityHeaders } from '@/lib/security/with-security-headers';

// Back to the languages form with a code (never the file's text: the page turns codes into sentences).
function back(query: Record<string, string>) {
  const url = new URL('/admin/branding', getEnv().APP_URL);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  url.hash = 'catalogue';
  return NextResponse.redirect(url, 303);
}

export async function POST(request: NextRequest) {
  return withSecurityHeaders(await uploadCatalogue(request));
}

async function uploadCatalogue(request: NextRequest): Promise<Response> {
  const user = await getSessionUser();
  if (!user || !userMay(user, 'reference-data.manage') || !sameOrigin(request))
    return new NextResponse('Page not found', { status: 404 });
  const length = Number(request.headers.get('content-length') ?? 'NaN');
  if (!Number.isFinite(length)) return back({ catalogue: 'unreadable' });
  if (length > CATALOGUE_MAX_BYTES + 64 * 1024) return back({ catalogue: 'too-big' });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back({ catalogue: 'unreadable' });
  }
  const locale = form.get('language');
  const file = form.get('file');
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) return back({ catalogue: 'language' });
  if (!(file instanceof File) || file.size === 0) return back({ catalogue: 'missing', locale });
  if (!/\.json$/i.test(file.name)) return back({ catalogue: 'not-json', locale });
  const checked = checkCatalogueUpload(new Uint8Array(await file.arrayBuffer()));
  if (!checked.ok) {
    const { refusal } = checked;
    if (refusal.code !== 'problems') return back({ catalogue: refusal.code, locale });
    const first = refusal.problems.slice(0, PROBLEMS_SHOWN).map((p) => `${p.key}~${p.kind}`);
    return back({
      catalogue: 'problems',
      locale,
      problems: first.join(','),
      count: `${refusal.problems.length}`,
    });
  }
  await saveCatalogueOverride(
    user.id,
    partnershipFor(user, 'reference-data.manage'),
    locale,
    checked.messages,
  );
  return back({ catalogue: 'saved', locale });
}
