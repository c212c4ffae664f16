import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log';
import { findLiveSession } from './live-session';
import { signOutEverywhere } from './revoke-sessions';

/**
 * next-auth configuration. Sessions are JWTs that carry only the id of a StaffSession row; the row is the
 * truth (lib/auth/session.ts), so revocation and timeouts apply at once on every instance.
 * Nothing but lib/auth/ may import next-auth.
 */
export function authOptions(): NextAuthOptions {
  const env = getEnv();
  // Served over HTTPS (every real deployment): __Host- prefixed, Secure cookies. Over plain http (local
  // development and the end-to-end tests) browsers would refuse a Secure cookie set by the page.
  const secure = env.APP_URL.startsWith('https://');
  return {
    secret: env.AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: env.SESSION_MAX_HOURS * 3600 },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        // __Host-: only this exact host, path /, Secure.
        name: secure ? '__Host-sg.session' : 'sg.session',
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    // A forged or expired cookie is routine: log its code, not a stack trace with token contents.
    logger: {
      error: (code) => logger().warn({ event: 'auth.error', code }, 'session token rejected'),
      warn: () => {},
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        name: 'Email, password and authenticator code',
        credentials: {},
        // Signing in happens in the two-step pages (lib/auth/actions/sign-in-with-*.ts), which issue this
        // configuration's session cookie with next-auth's encoder once both factors pass
        // (lib/auth/sign-in/start-staff-session.ts). Nothing may sign in through next-auth's own
        // /api/auth/callback/credentials, which would skip the second factor.
        authorize: async () => null,
      }),
    ],
    events: {
      // next-auth's own /api/auth/signout only clears the cookie: end the session row (and, as our
      // POST /api/sign-out does, every other session of the account) so a copied cookie stops working.
      signOut: async ({ token }) => {
        const user = await findLiveSession(typeof token?.sid === 'string' ? token.sid : undefined);
        if (user) await signOutEverywhere(user.id);
      },
    },
    callbacks: {
      jwt: ({ token, user }) => {
        if (user && 'sessionId' in user) token.sid = String(user.sessionId);
        return token;
      },
      session: ({ session, token }) => ({ ...session, sid: token.sid }),
    },
  };
}
