import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';

/** The service operator's pages: the staff header. Each page checks the operator grant itself. */
export default function OperatorLayout({ children }: { children: ReactNode }) {
  return <SiteFrame area="staff">{children}</SiteFrame>;
}
