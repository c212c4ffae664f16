import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';

/** Staff pages: the staff header (who is signed in, their pages, sign out). */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return <SiteFrame area="staff">{children}</SiteFrame>;
}
