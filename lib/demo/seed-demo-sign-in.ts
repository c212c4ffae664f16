import 'server-only';
import type { Db } from '@/lib/db';

/**
 * A work account sign-in for the first demo partnership, turned off: the administration pages have one
 * to show, and the sign-in page offers no button that leads nowhere. Its ids are made up; an
 * administrator who registers a real app enters its own and turns it on.
 */
export async function seedDemoSignInProvider(db: Db, partnershipId: string): Promise<void> {
  if (await db.signInProvider.count({ where: { partnershipId } })) return;
  await db.signInProvider.create({
    data: {
      partnershipId,
      kind: 'ENTRA',
      displayName: 'Microsoft',
      issuer: '00000000-0000-4000-8000-000000000000',
      clientId: 'demo-client-id',
      clientSecret: 'demo-client-secret-not-real',
      allowedDomains: ['northshire.example'],
      enabled: false,
    },
  });
}
