// Property-based hostile input against the public forms' schemas and the FormData reader every action
// uses: wrong types, prototype keys, huge and broken unicode never throw, never pollute Object.prototype,
// and whatever is accepted is plain text of the declared fields. The actions themselves are driven against
// Postgres in tests/integration/hostile-input.test.ts and over HTTP in tests/e2e/hostile-input.spec.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formDataToObject } from '@/lib/actions/form-data';
import { FORM_SCHEMAS } from '@/lib/reporting/schemas';
import { hostileForm, hostileString, toFormData, wrongType } from '../support/hostile-values';

const RUNS_PER_SCHEMA = 800;

function isText(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

describe('the public forms’ schemas, with hostile values', () => {
  it.each(Object.entries(FORM_SCHEMAS))(
    '%s never throws and accepts only text of its own fields',
    (_n, schema) => {
      const fields = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
      const input = fc.dictionary(
        fc.oneof(fc.constantFrom(...fields, '__proto__', 'constructor', 'toString'), hostileString),
        fc.oneof(hostileString, wrongType),
        { maxKeys: 12 },
      );
      fc.assert(
        fc.property(input, (values) => {
          const parsed = schema.safeParse(values);
          expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
          if (!parsed.success) return;
          for (const [key, value] of Object.entries(parsed.data as object)) {
            if (fields.length) expect(fields).toContain(key);
            if (value !== undefined) expect(isText(value), key).toBe(true);
          }
        }),
        { numRuns: RUNS_PER_SCHEMA },
      );
    },
  );
});

describe('reading a hostile form', () => {
  it('keeps only own, storable text fields and never touches Object.prototype', () => {
    fc.assert(
      fc.property(hostileForm(['description', 'platforms', 'email']), (parts) => {
        const out = formDataToObject(toFormData(parts));
        expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
        for (const [key, value] of Object.entries(out)) {
          expect(key in Object.prototype || key.startsWith('$'), key).toBe(false);
          for (const text of [value].flat()) {
            expect(typeof text).toBe('string');
            expect(text.includes('\u0000')).toBe(false);
            expect(text.isWellFormed()).toBe(true);
          }
        }
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  }, 120_000); // some forms have 1,500 fields: slow on a busy machine
});
