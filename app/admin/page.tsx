import { notFound, redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { adminSections } from '@/lib/auth/staff-destinations';

// /admin takes each person to the first section they may use; anyone else gets "not found".
export default async function AdminHome() {
  const [first] = adminSections(await requireUser());
  if (!first) notFound();
  redirect(first.href);
}
