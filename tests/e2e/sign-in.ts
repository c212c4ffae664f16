// Sign-in fixture: puts a real session cookie for a member of staff into a browser context, without going
// through the sign-in pages (those have their own tests). It creates the StaffSession row the app checks
// and signs the token with the secret the test run gave the app.
import type { BrowserContext } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import pg from 'pg';

export async function signInAs(
  context: BrowserContext,
  email: string,
  baseURL: string,
  databaseUrl = process.env.E2E_DATABASE_URL,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const user = await client.query<{ id: string }>('SELECT id FROM "StaffUser" WHERE email = $1', [email]);
    const userId = user.rows[0]?.id;
    if (!userId) throw new Error(`No staff account ${email} in the test database`);
    const session = await client.query<{ id: string }>(
      // Both factors just proven, as after the sign-in pages: step-up (exports, pass-on, legal holds) lets it through.
      'INSERT INTO "StaffSession" (id, "userId", "factorProvenAt") VALUES (gen_random_uuid(), $1, now()) RETURNING id',
      [userId],
    );
    const token = await encode({
      token: { sub: userId, sid: session.rows[0]?.id },
      secret: process.env.E2E_AUTH_SECRET as string,
    });
    // The tests run over http://localhost, where the app names its cookie without the __Host- prefix.
    await context.addCookies([
      { name: 'sg.session', value: token, url: baseURL, httpOnly: true, sameSite: 'Lax' },
    ]);
  } finally {
    await client.end();
  }
}
