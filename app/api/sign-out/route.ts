import { signOut } from '@/lib/auth/sign-out';

export async function POST() {
  return signOut();
}
