import { redirect } from 'next/navigation';
import { startProviderSignInHere } from '@/lib/auth/providers/provider-sign-in-steps';
import { getPublicPartnership, requestHost } from '@/lib/partnerships/get-public-partnership';

/** "Sign in with …": off to the provider, or back to the sign-in page with the reason it cannot. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const partnership = await getPublicPartnership();
  const { id } = await context.params;
  redirect(await startProviderSignInHere(id, partnership?.id ?? null, await requestHost()));
}
