// Posting a page's form the way a browser without JavaScript does: the page's hidden React fields
// ($ACTION_REF…, $ACTION_KEY) plus whatever the test wants to send, as multipart/form-data.
import { createHash, randomBytes } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { decryptColumn, encryptForTable } from './e2e-crypto';
import { query } from './e2e-db';

const decode = (s: string) =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The hidden React fields of the page's form that has an input called `field`. */
export function reactFields(html: string, field: string): [string, string][] {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(`name="${field}"`)) ?? '';
  const hidden = form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? [];
  return hidden
    .map((input) => [/name="([^"]*)"/.exec(input)?.[1], /value="([^"]*)"/.exec(input)?.[1] ?? ''])
    .filter((pair): pair is [string, string] => !!pair[0]?.startsWith('$ACTION'))
    .map(([name, value]) => [name, decode(value)]);
}

export type Part = [string, string | { name: string; mimeType: string; buffer: Buffer }];

/** Multipart body by hand, so repeated names, odd names and file parts all go as given. */
export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----hostile${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  const quote = (s: string) => s.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  for (const [name, value] of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if (typeof value === 'string') {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${quote(name)}"\r\n\r\n`));
      chunks.push(Buffer.from(value, 'utf8'), Buffer.from('\r\n'));
    } else {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${quote(name)}"; filename="${quote(value.name)}"\r\nContent-Type: ${value.mimeType}\r\n\r\n`,
        ),
        value.buffer,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function postForm(
  request: APIRequestContext,
  path: string,
  parts: Part[],
): Promise<APIResponse> {
  const { body, contentType } = multipart(parts);
  return request.post(path, { data: body, headers: { 'content-type': contentType }, maxRedirects: 0 });
}

/** The draft behind a journey cookie, as the database holds it (null when there is none). */
export async function draftFor(request: APIRequestContext): Promise<string | null> {
  const cookie = (await request.storageState()).cookies.find((c) => c.name === 'report_journey');
  if (!cookie) return null;
  const tokenHash = createHash('sha256').update(cookie.value).digest('hex');
  const rows = await query<{ answers: unknown }>('SELECT answers FROM "ReportDraft" WHERE "tokenHash" = $1', [
    tokenHash,
  ]);
  const stored = rows[0]?.answers;
  if (stored === undefined) return null;
  // Compare what the app would read, not the ciphertext (a fresh IV on every write).
  return typeof stored === 'string'
    ? decryptColumn('ReportDraft', 'answers', tokenHash, stored)
    : JSON.stringify(stored);
}

/**
 * A complete journey for the demo's Oakfield Primary, written straight into the draft table as the
 * question pages would leave it: returns the cookie a browser would hold.
 */
export async function completeJourneyCookie(baseURL: string) {
  const [school] = await query<{ id: string }>(
    `SELECT id FROM "School" WHERE name = 'Oakfield Primary School'`,
  );
  const [platform] = await query<{ id: string }>(
    `SELECT id FROM "Platform" WHERE NOT "isOther" AND "closedOn" IS NULL ORDER BY name LIMIT 1`,
  );
  // A national category: another spec's own additions come and go while this one runs.
  const [harm] = await query<{ id: string }>(
    `SELECT id FROM "HarmCategory" WHERE "partnershipId" IS NULL AND active AND NOT "isOther" ORDER BY name LIMIT 1`,
  );
  const token = randomBytes(32).toString('base64url');
  const answers = {
    submissionKey: randomBytes(24).toString('base64url'),
    urgent: false,
    school: school?.id,
    childAge: 9,
    platforms: [platform?.id],
    harms: [harm?.id],
    happened: 'THIS_WEEK',
    stillHappening: 'NOT_SURE',
    childKnows: 'YES',
    description: 'Someone asked my child for a photo.',
    relationship: 'PARENT_OR_CARER',
    contact: 'ANONYMOUS',
  };
  const tokenHash = createHash('sha256').update(token).digest('hex');
  // Drafts are encrypted at rest (lib/encryption): seal the answers as the app would.
  const sealed = await encryptForTable('ReportDraft', 'answers', tokenHash, JSON.stringify(answers), {
    partnershipId: null,
  });
  await query(
    `INSERT INTO "ReportDraft" ("tokenHash", answers, "updatedAt", "expiresAt") VALUES ($1, $2, now(), now() + interval '1 hour')`,
    [tokenHash, JSON.stringify(sealed)],
  );
  return {
    token,
    submissionKey: answers.submissionKey,
    /** The journey's one platform: the stranger's account question names its box by this id. */
    platformId: platform?.id ?? '',
    cookie: { name: 'report_journey', value: token, url: baseURL, httpOnly: true, sameSite: 'Lax' as const },
  };
}
