import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site-frame';
import { isAddressSetUp } from '@/lib/partnerships/is-address-set-up';
import { ExitThisPage } from './exit-this-page';

/**
 * Every public page: "Exit this page" first, so a parent can leave at once (or press Shift three times).
 * At an address no partnership is set up for, every public page is "not found" (app/not-found.tsx says
 * the service is not set up here).
 */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  if (!(await isAddressSetUp())) notFound();
  return (
    <SiteFrame area="public">
      <ExitThisPage />
      {children}
    </SiteFrame>
  );
}
