// The cost of the live session check (lib/auth/live-session.ts, on every staff request) for a work-account
// session, which also carries the provider's re-check deadline, against a password session, the check as
// it was before: the same query on the same account, rounds alternating so load falls on both alike.
// Then the work-account sign-in round trip through a real local OpenID Connect provider (start, the
// provider's pages over HTTP, callback with its token and id token checks). Prints p50/p95, the ratios and
// the load average.
// Run: NODE_ENV=test npx tsx --conditions=react-server bench/session-check.ts [--rounds=2000] [--sign-ins=100]
import { availableParallelism, loadavg } from 'node:os';
import { beginProviderSignIn } from '../lib/auth/providers/begin-provider-sign-in';
import { finishProviderSignIn } from '../lib/auth/providers/finish-provider-sign-in';
import { providerVouchedUntil } from '../lib/auth/providers/provider-check';
import { findLiveSession } from '../lib/auth/live-session';
import { applyPendingMigrations } from '../lib/database/apply-migrations';
import { startScratchPostgres } from '../lib/database/scratch';
import { disconnectDb, getDb } from '../lib/db';
import { seedDemo } from '../lib/demo/seed-demo';
import { closeRateLimits } from '../lib/rate-limit/rate-limit';
import { followToCallback, startTestProvider, TEST_REDIRECT_URI } from '../tests/support/oidc-test-provider';
import { numberArg } from './lib/args';
import { percentile } from './lib/fire';

const rounds = numberArg('rounds', 2000);
const signIns = numberArg('sign-ins', 100);
const db = await startScratchPostgres('bench-session-check');
process.env.DATABASE_URL = db.url;
const idp = await startTestProvider(1, { refreshTokens: true });
try {
  await applyPendingMigrations(db.url);
  await seedDemo(getDb());
  const dsl = await getDb().staffUser.findFirstOrThrow({
    where: { email: 'dsl.oakfield@northshire.example' },
  });
  const membership = await getDb().membership.findFirstOrThrow({ where: { userId: dsl.id } });
  const provider = await getDb().signInProvider.create({
    data: {
      partnershipId: membership.partnershipId,
      kind: 'OIDC',
      displayName: 'Bench provider',
      issuer: idp.issuer,
      clientId: idp.clients[0]!.clientId,
      clientSecret: idp.clients[0]!.clientSecret,
      allowedDomains: [],
    },
  });
  idp.accounts.set('bench-dsl', { sub: 'bench-dsl', email: dsl.email });
  idp.nextLogin = { sub: 'bench-dsl', amr: ['pwd', 'mfa'] };

  // The sign-in round trip first: it also binds the identity the work-account session below names.
  const trips: number[] = [];
  for (let i = -5; i < signIns; i += 1) {
    const start = performance.now();
    const begun = await beginProviderSignIn(provider.id, membership.partnershipId, TEST_REDIRECT_URI);
    if (!begun.ok) throw new Error(`could not start: ${begun.reason}`);
    const callbackUrl = await followToCallback(begun.authorizationUrl);
    const done = await finishProviderSignIn(begun.flowCookie, callbackUrl, TEST_REDIRECT_URI);
    if (!done.ok) throw new Error(`sign-in refused: ${done.reason}`);
    if (i >= 0) trips.push(performance.now() - start);
  }

  const identity = await getDb().signInIdentity.findFirstOrThrow({ where: { userId: dsl.id } });
  const password = await getDb().staffSession.create({ data: { userId: dsl.id } });
  const work = await getDb().staffSession.create({
    data: {
      userId: dsl.id,
      identityId: identity.id,
      providerVouchedUntil: providerVouchedUntil(new Date(), true),
    },
  });
  const time = async (sessionId: string) => {
    const start = performance.now();
    if (!(await findLiveSession(sessionId))) throw new Error('the session should be live');
    return performance.now() - start;
  };
  const passwordTimes: number[] = [];
  const workTimes: number[] = [];
  for (let i = -50; i < rounds; i += 1) {
    const p = await time(password.id);
    const w = await time(work.id);
    if (i >= 0) {
      passwordTimes.push(p);
      workTimes.push(w);
    }
  }
  const q = (xs: number[], f: number) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      f,
    );
  const line = (label: string, xs: number[]) =>
    `${label} p50 ${q(xs, 0.5).toFixed(2)} ms  p95 ${q(xs, 0.95).toFixed(2)} ms`;
  console.log(`session check: ${rounds} rounds of each, alternating`);
  console.log(line('password session     ', passwordTimes));
  console.log(line('work-account session ', workTimes));
  console.log(
    `ratio work account / password: p50 ${(q(workTimes, 0.5) / q(passwordTimes, 0.5)).toFixed(2)}  p95 ${(q(workTimes, 0.95) / q(passwordTimes, 0.95)).toFixed(2)}`,
  );
  console.log(`\nsign-in round trip through the local provider (${signIns}): ${line('', trips)}`);
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${availableParallelism()} cores`,
  );
} finally {
  await idp.close();
  await closeRateLimits();
  await disconnectDb();
  await db.stop();
}
