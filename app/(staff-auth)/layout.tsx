import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';

/**
 * Signing in and out, invitations and password resets: the public header, since most of these pages are
 * for someone not (yet) signed in.
 */
export default function PublicAreaLayout({ children }: { children: ReactNode }) {
  return <SiteFrame area="public">{children}</SiteFrame>;
}
