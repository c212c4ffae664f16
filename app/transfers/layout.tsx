import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';

/** Staff pages: the staff header (who is signed in, their pages, sign out), as the case pages have it. */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return <SiteFrame area="staff">{children}</SiteFrame>;
}
