// The "Concern reference" question, as the legal hold, lift hold and subject access pages ask it; its limit
// is the server schema's (lib/retention/retention-schema.ts).
import { REFERENCE_MAX } from '@/lib/retention/retention-schema';
import type { AdminFieldSpec } from './admin-form';

/** `defaultValue` may come from a link's query string: it is cut to the limit. */
export function concernReferenceField(defaultValue?: string): AdminFieldSpec {
  return {
    kind: 'text',
    name: 'reference',
    label: 'Concern reference',
    hint: 'For example, K7PQ-2MXD',
    width: 10,
    maxLength: REFERENCE_MAX,
    defaultValue: defaultValue?.slice(0, REFERENCE_MAX),
  };
}
