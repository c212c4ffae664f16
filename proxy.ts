// Runs before every request. It gives each request an id for the logs. It is not a security boundary:
// every page, action and route checks the session itself (lib/auth).
import { NextResponse, type NextRequest } from 'next/server';
import { isMalformedPost, malformedPostResponse } from '@/lib/reporting/malformed-post';
import { isOversizedPost, oversizedPostResponse } from '@/lib/reporting/oversized-post';

export async function proxy(request: NextRequest) {
  // Keep an id from a load balancer if it is well-formed; never log arbitrary client text.
  const incoming = request.headers.get('x-request-id');
  const requestId = incoming && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  if (isOversizedPost(request)) return oversizedPostResponse(requestId);
  if (await isMalformedPost(request)) return malformedPostResponse(requestId);
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('x-request-id', requestId);
  return response;
}

export const config = {
  // Not the school import upload: while a proxy runs, Next buffers each request body and cuts it at 10 MB
  // (proxyClientMaxBodySize), which would truncate a large GIAS file. That route caps its own size.
  matcher: ['/((?!_next/static|_next/image|assets/|favicon.ico|admin/schools/import/upload).*)'],
};
