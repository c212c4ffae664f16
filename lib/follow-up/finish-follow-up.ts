import 'server-only';
import { NextResponse } from 'next/server';
import { CLEAR_SITE_DATA } from '@/lib/security/clear-site-data';
import { forgetReporter, REPORTER_COOKIE } from './reporter-cookie';

/**
 * "Finish and leave": ends follow-up access at once on every device (it also ends by itself after 20
 * minutes): the sessions are deleted on the server, so a copied cookie proves nothing. It also asks the browser to forget everything from this site, for a parent on a shared phone.
 * A route handler rather than a server action, because only a response can carry Clear-Site-Data.
 * Cross-site POSTs never reach it (proxy.ts), so another site cannot clear anyone's cookies.
 */
export async function finishFollowUp(): Promise<Response> {
  await forgetReporter();
  // A relative address: back to the start page of the partnership whose address the parent used
  // (lib/partnerships/get-public-partnership.ts), never another partnership's at APP_URL.
  const response = new NextResponse(null, { status: 303, headers: { Location: '/' } });
  response.cookies.set(REPORTER_COOKIE, '', { path: '/check', maxAge: 0 });
  response.headers.set('Clear-Site-Data', CLEAR_SITE_DATA);
  return response;
}
