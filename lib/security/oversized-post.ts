// Forms far bigger than any real answer are refused before Next reads them, with a page a parent can
// understand (Next's own limit, serverActions.bodySizeLimit in next.config.ts, answers a bare 500 to a
// form sent without JavaScript). Nothing is stored. Used by proxy.ts, so no 'server-only' and no database.
import { refusalPage, type RefusalContext } from './refusal-page';

/** Matches serverActions.bodySizeLimit ('100kb'); the largest real form is a 5,000-character text. */
export const POST_BODY_LIMIT_BYTES = 100 * 1024;

export function isOversizedPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  return Number(request.headers.get('content-length') ?? 0) > POST_BODY_LIMIT_BYTES;
}

export function oversizedPostResponse(request: Request, context: RefusalContext): Response {
  return refusalPage({
    status: 413,
    words: ({ tooBig }) => ({ title: tooBig.title, paragraphs: [tooBig.notSaved, tooBig.noFiles] }),
    request,
    context,
  });
}
