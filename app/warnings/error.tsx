'use client';

import { ServiceProblem } from '@/components/service-problem';

/** An unexpected error on a letter to parents: inside the public frame, in the reader's language. */
export default function WarningErrorPage({ error }: { error: Error & { digest?: string } }) {
  return <ServiceProblem digest={error.digest} />;
}
