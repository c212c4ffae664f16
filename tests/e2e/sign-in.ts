// Sign-in fixture: puts a real session cookie for a member of staff into a browser context, without going
// through the sign-in pages (those have their own tests; tests/e2e/work-account-sign-in.spec.ts for work
// accounts). It creates the StaffSession row the app checks (`workAccount`: as a work account sign-in
// leaves it) and signs the token with the secret the test run gave the app.
import type { BrowserContext } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import pg from 'pg';

export async function signInAs(
  context: BrowserContext,
  email: string,
  baseURL: string,
  databaseUrl = process.env.E2E_DATABASE_URL,
  workAccount = false,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const user = await client.query<{ id: string }>('SELECT id FROM "StaffUser" WHERE email = $1', [email]);
    const userId = user.rows[0]?.id;
    if (!userId) throw new Error(`No staff account ${email} in the test database`);
    const identityId = workAccount ? await bindWorkAccount(client, userId) : null;
    const session = await client.query<{ id: string }>(
      // Both factors just proven, as after the sign-in pages: step-up (exports, pass-on, legal holds) lets it
      // through. A work account's session names its identity and lasts while the provider vouches for the
      // person, as lib/auth/sign-in/start-staff-session.ts makes it after a provider with refresh tokens.
      `INSERT INTO "StaffSession" (id, "userId", "factorProvenAt", "identityId", "providerVouchedUntil")
       VALUES (gen_random_uuid(), $1, now(), $2, CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() + interval '24 hours' END)
       RETURNING id`,
      [userId, identityId],
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

/**
 * Binds the account to the demo partnership's own work account sign-in (lib/demo/seed-demo-sign-in.ts,
 * turned off, so no sign-in page offers it) under a subject of its own, as a first sign-in through it would.
 * The provider is never asked: its re-check falls due only 11 hours later.
 */
async function bindWorkAccount(client: pg.Client, userId: string): Promise<string> {
  const identity = await client.query<{ id: string }>(
    `INSERT INTO "SignInIdentity" (id, "providerId", subject, "userId")
     SELECT gen_random_uuid(), p.id, 'e2e-' || gen_random_uuid(), $1
     FROM "SignInProvider" p JOIN "Partnership" n ON n.id = p."partnershipId"
     WHERE n.slug = 'northshire' AND p."displayName" = 'Microsoft'
     RETURNING id`,
    [userId],
  );
  const id = identity.rows[0]?.id;
  if (!id) throw new Error('No demo work account sign-in (Microsoft) in the test database');
  return id;
}
