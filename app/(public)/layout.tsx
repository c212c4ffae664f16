import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';
import { ExitThisPage } from './exit-this-page';

/** Every public page: "Exit this page" first, so a parent can leave at once (or press Shift three times). */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <SiteFrame area="public">
      <ExitThisPage />
      {children}
    </SiteFrame>
  );
}
