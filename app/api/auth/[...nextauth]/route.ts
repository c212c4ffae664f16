import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';
import { refuseBadAuthRequest } from '@/lib/auth/refuse-bad-auth-request';

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const refused = refuseBadAuthRequest(request);
  if (refused) return refused;
  return NextAuth(request as never, { params: await context.params } as never, authOptions());
}

export { handler as GET, handler as POST };
