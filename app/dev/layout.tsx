import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';

/** The development mail catcher (not found outside development). */
export default function PublicAreaLayout({ children }: { children: ReactNode }) {
  return <SiteFrame area="public">{children}</SiteFrame>;
}
