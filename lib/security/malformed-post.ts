// A form body that says it is multipart but cannot be read (no boundary, the wrong boundary, cut short)
// makes Next's server-action handler throw: a bare 500. No browser sends one, so refuse it here with a
// plain page and a 400, before any action runs. Used by proxy.ts, so no 'server-only' and no database.
import { refusalPage } from './refusal-page';

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

export function malformedPostResponse(request: Request, requestId: string, nonce: string): Response {
  return refusalPage({
    status: 400,
    title: 'Sorry, we could not read that',
    paragraphs: [
      'What your browser sent was broken on the way, so nothing from that page was saved. Your earlier answers are still kept for a few hours.',
      'Please go back and try again.',
    ],
    request,
    requestId,
    nonce,
  });
}
