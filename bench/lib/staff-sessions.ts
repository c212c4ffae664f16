// Signed-in sessions for every school safeguarding lead in the demo, made the way the sign-in pages end:
// a StaffSession row and the session cookie next-auth would set, signed with the app's secret. The sign-in
// pages (password + authenticator code) have their own tests; a soak needs only people already signed in.
import { encode } from 'next-auth/jwt';
import pg from 'pg';

export interface StaffSession {
  email: string;
  cookie: string;
}

export async function signInSchoolLeads(databaseUrl: string, secret: string): Promise<StaffSession[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; email: string }>(
      `SELECT DISTINCT u.id, u.email FROM "StaffUser" u JOIN "Membership" m ON m."userId" = u.id
       WHERE u.active AND m.role IN ('DSL', 'DEPUTY_DSL') ORDER BY u.email`,
    );
    const sessions: StaffSession[] = [];
    for (const user of rows) {
      const session = await client.query<{ id: string }>(
        'INSERT INTO "StaffSession" (id, "userId") VALUES (gen_random_uuid(), $1) RETURNING id',
        [user.id],
      );
      const token = await encode({ token: { sub: user.id, sid: session.rows[0]?.id }, secret });
      sessions.push({ email: user.email, cookie: `sg.session=${token}` });
    }
    return sessions;
  } finally {
    await client.end();
  }
}
