// A form body that says it is multipart but cannot be read (no boundary, the wrong boundary, cut short)
// makes Next's server-action handler throw: a bare 500. No browser sends one, so refuse it here with a
// plain page and a 400, before any action runs. Used by proxy.ts, so no 'server-only' and no database.
import { refusalPage, type RefusalContext } from './refusal-page';

export async function isMalformedPost(request: Request): Promise<boolean> {
  if (request.method !== 'POST') return false;
  if (!/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

export function malformedPostResponse(request: Request, context: RefusalContext): Response {
  return refusalPage({
    status: 400,
    words: ({ broken }) => ({ title: broken.title, paragraphs: [broken.notSaved, broken.tryAgain] }),
    request,
    context,
  });
}
