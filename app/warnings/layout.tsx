import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';

/** The letters to parents about platform warnings: public pages, with the public header. */
export default function PublicAreaLayout({ children }: { children: ReactNode }) {
  return <SiteFrame area="public">{children}</SiteFrame>;
}
