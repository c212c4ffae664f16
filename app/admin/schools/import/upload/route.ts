// The one file upload in the service: staff only, CSV only, size-capped before it is read. A route handler
// rather than a server action, so the size cap is ours (server actions share one body limit with every
// public form) and an oversized file is refused from its Content-Length without reading it.
import { NextResponse, type NextRequest } from 'next/server';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { getSessionUser, userMay } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { IMPORT_MAX_BYTES } from '@/lib/schools/gias-columns';
import { parseGiasCsv } from '@/lib/schools/parse-gias-csv';
import { storeSchoolImport } from '@/lib/schools/school-import';
import { sameOrigin } from '@/lib/security/same-origin';
import { withSecurityHeaders } from '@/lib/security/with-security-headers';

const notFound = () => new NextResponse('Page not found', { status: 404 });

// Redirects go to the public address (APP_URL): behind a proxy the request's own host may be internal.
function to(path: string, query: Record<string, string> = {}) {
  const url = new URL(path, getEnv().APP_URL);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return NextResponse.redirect(url, 303);
}

const back = (_request: NextRequest, query: Record<string, string>) => to('/admin/schools/import', query);

export async function POST(request: NextRequest) {
  return withSecurityHeaders(await importSchools(request));
}

async function importSchools(request: NextRequest): Promise<Response> {
  const user = await getSessionUser();
  if (!user || !userMay(user, 'schools.manage')) return notFound();
  if (!sameOrigin(request)) return notFound();
  const length = Number(request.headers.get('content-length') ?? 'NaN');
  if (!Number.isFinite(length)) return back(request, { error: 'unreadable' });
  if (length > IMPORT_MAX_BYTES + 64 * 1024) return back(request, { error: 'too-big' });
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return back(request, { error: 'unreadable' });
  }
  if (!(file instanceof File) || file.size === 0) return back(request, { error: 'missing' });
  if (file.size > IMPORT_MAX_BYTES) return back(request, { error: 'too-big' });
  if (!/\.csv$/i.test(file.name)) return back(request, { error: 'not-csv' });
  const parsed = parseGiasCsv(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) {
    return back(request, {
      error: parsed.code,
      ...(parsed.missing ? { missing: parsed.missing.join('|') } : {}),
    });
  }
  const id = await storeSchoolImport(user.id, partnershipFor(user, 'schools.manage'), file.name, parsed);
  return to(`/admin/schools/import/${id}`);
}
