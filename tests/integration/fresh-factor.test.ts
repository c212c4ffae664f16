// Step-up: exports and other heavy actions ask for a second factor proven in the last 15 minutes. The
// route runs for real against a real database; only next-auth's cookie decoding is replaced, by a session
// naming the row under test (as in session-reader.test.ts).
import { generate, generateSecret } from 'otplib';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import { makeStaff } from '../support/case-staff';

const cookieSession = vi.hoisted(() => ({ sid: '' }));
vi.mock('next-auth', () => ({ getServerSession: async () => ({ sid: cookieSession.sid }) }));

const { GET: casePdf } = await import('@/app/cases/[reference]/pdf/route');
const { getSessionUser } = await import('@/lib/auth/session');
const { proveFactorAgain } = await import('@/lib/auth/sign-in/prove-factor-again');
const { safeReturnPath } = await import('@/lib/auth/require-fresh-factor');

afterAll(() => closeRateLimits());

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
let reference: string;
let userId: string;
let secret: string;

beforeEach(async () => {
  const p = await makePartnership();
  const school = await makeSchool(p.id);
  const dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school.id }]);
  secret = generateSecret();
  await getDb().staffUser.update({
    where: { id: dsl.id },
    data: { totpSecret: secret, totpEnrolledAt: new Date() },
  });
  userId = dsl.id;
  reference = (await makeConcern({ partnershipId: p.id, schoolId: school.id, route: 'SCHOOL' })).reference;
});

async function signedIn(factorProvenAt: Date | null) {
  const session = await getDb().staffSession.create({ data: { userId, factorProvenAt } });
  cookieSession.sid = session.id;
}

/** The route's answer: a response, or where Next.js was told to send the browser instead. */
async function download(): Promise<Response | string> {
  try {
    return await casePdf(new Request(`http://localhost/cases/${reference}/pdf`), {
      params: Promise.resolve({ reference }),
    });
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw e;
    return digest.split(';')[2] ?? '';
  }
}

describe('step-up before an export', () => {
  it('refuses the case PDF to a session whose factor is 20 minutes old until it confirms', async () => {
    await signedIn(minutesAgo(20));
    expect(await download()).toBe(`/sign-in/confirm?next=${encodeURIComponent(`/cases/${reference}`)}`);

    const user = (await getSessionUser())!;
    expect(await proveFactorAgain(user, '000000')).toBe(false);
    expect(await download()).toEqual(expect.stringContaining('/sign-in/confirm'));

    expect(await proveFactorAgain(user, await generate({ secret }))).toBe(true);
    const answer = await download();
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).headers.get('content-type')).toBe('application/pdf');
  });

  it('lets a session whose factor is 5 minutes old export at once', async () => {
    await signedIn(minutesAgo(5));
    expect(await download()).toBeInstanceOf(Response);
  });

  it('asks a session that never proved a factor', async () => {
    await signedIn(null);
    expect(await download()).toEqual(expect.stringContaining('/sign-in/confirm'));
  });

  it('writes an audit entry when the factor is proven again', async () => {
    await signedIn(minutesAgo(30));
    const user = (await getSessionUser())!;
    await proveFactorAgain(user, await generate({ secret }));
    const entry = await getDb().auditEntry.findFirst({ where: { actorId: userId, action: 'staff.step-up' } });
    expect(entry).not.toBeNull();
  });
});

describe('the path the confirm step returns to', () => {
  it('keeps a path on this site and refuses anything else', () => {
    expect(safeReturnPath('/cases/ABC-123?tab=notes')).toBe('/cases/ABC-123?tab=notes');
    for (const bad of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
      undefined,
      '/a\nb',
    ])
      expect(safeReturnPath(bad)).toBe('/');
  });
});
