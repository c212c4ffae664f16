// next-auth's own sign-out (POST /api/auth/signout, with its CSRF token) run through next-auth's real
// handler with this service's configuration: the session row must end too, not only the cookie, or a
// copied session cookie would keep working after the member of staff signed out.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth/auth-options';
import { getDb } from '@/lib/db';

// The handler behind app/api/auth/[...nextauth] (next-auth's package exports do not list it).
interface InternalResponse {
  body?: { csrfToken?: string };
  cookies?: { name: string; value: string }[];
}
const { AuthHandler } = createRequire(import.meta.url)(
  fileURLToPath(new URL('../../node_modules/next-auth/core/index.js', import.meta.url)),
) as { AuthHandler: (params: { req: object; options: object }) => Promise<InternalResponse> };

async function signedIn() {
  const db = getDb();
  const user = await db.staffUser.create({
    data: { email: `s-${randomBytes(4).toString('hex')}@school.example`, name: 'Sam' },
  });
  const session = await db.staffSession.create({ data: { userId: user.id } });
  const other = await db.staffSession.create({ data: { userId: user.id } });
  const options = authOptions();
  const token = await encode({ token: { sub: user.id, sid: session.id }, secret: options.secret! });
  return { user, session, other, token };
}

async function nextAuthSignOut(sessionToken: string) {
  const options = authOptions();
  const csrf = await AuthHandler({
    req: { action: 'csrf', method: 'GET', cookies: {}, headers: {}, query: {} },
    options,
  });
  const csrfCookie = csrf.cookies!.find((cookie) => cookie.name.includes('csrf-token'))!;
  return AuthHandler({
    req: {
      action: 'signout',
      method: 'POST',
      body: { csrfToken: csrf.body!.csrfToken },
      cookies: { [csrfCookie.name]: csrfCookie.value, [options.cookies!.sessionToken!.name]: sessionToken },
      headers: {},
      query: {},
    },
    options,
  });
}

describe("next-auth's own sign-out", () => {
  it('ends the session row and every other session of the account, with an audit entry', async () => {
    const { user, session, other, token } = await signedIn();
    await nextAuthSignOut(token);
    const rows = await getDb().staffSession.findMany({ where: { id: { in: [session.id, other.id] } } });
    expect(rows.map((row) => row.revokedAt)).toEqual([expect.any(Date), expect.any(Date)]);
    expect(await getDb().auditEntry.count({ where: { action: 'staff.sign-out', subjectId: user.id } })).toBe(
      1,
    );
  });

  it('a cookie naming a session already ended changes nothing', async () => {
    const { user, token, session } = await signedIn();
    await getDb().staffSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await nextAuthSignOut(token);
    expect(await getDb().staffSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    expect(await getDb().auditEntry.count({ where: { subjectId: user.id } })).toBe(0);
  });
});
