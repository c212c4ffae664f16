import { SubmitButton } from '@/components/forms/fields';

/**
 * Ends access on this device at once (it also ends by itself after 20 minutes). A plain POST to a route
 * handler (app/(public)/check/finish), whose response asks the browser to forget this site's data.
 */
export function FinishCheckForm({ label }: { label: string }) {
  return (
    <form method="post" action="/check/finish">
      <SubmitButton secondary>{label}</SubmitButton>
    </form>
  );
}
