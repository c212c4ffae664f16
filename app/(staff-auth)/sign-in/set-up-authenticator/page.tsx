import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { mainPage } from '@/lib/auth/staff-destinations';
import { readPendingSignIn } from '@/lib/auth/sign-in/pending-sign-in';
import { totpQrCode } from '@/lib/auth/totp';
import { SetUpForm } from './set-up-form';

export const metadata: Metadata = { title: 'Set up your authenticator app' };

export default async function SetUpAuthenticatorPage() {
  const pending = await readPendingSignIn();
  if (pending?.totpEnrolled) redirect('/sign-in/code');
  if (pending?.totpSecret) {
    const qrCode = await totpQrCode(pending.email, pending.totpSecret);
    return <SetUpForm setUp={{ qrCode, secret: pending.totpSecret }} />;
  }
  // Just enrolled: the form shows the recovery codes the action returned, once.
  const user = await getSessionUser();
  if (user) return <SetUpForm home={mainPage(user)} />;
  redirect('/sign-in?expired=1');
}
