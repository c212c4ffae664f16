import { redirect } from 'next/navigation';
import { requireUser, userMay } from '@/lib/auth/session';
import { notFound } from 'next/navigation';

// /admin takes each person to the first section they may use; anyone else gets "not found".
export default async function AdminHome() {
  const user = await requireUser();
  if (userMay(user, 'schools.manage')) redirect('/admin/schools');
  if (userMay(user, 'audit.read')) redirect('/admin/audit');
  notFound();
}
