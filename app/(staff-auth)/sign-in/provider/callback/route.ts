import { redirect } from 'next/navigation';
import { finishProviderSignInHere } from '@/lib/auth/providers/provider-sign-in-steps';
import { requestHost } from '@/lib/partnerships/get-public-partnership';

/** The provider sends the person back here with a code (or an error) for this attempt. */
export async function GET(request: Request) {
  redirect(await finishProviderSignInHere(request.url, await requestHost()));
}
