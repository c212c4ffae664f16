// Generated hostile input for the property-based tests: strings a careless or malicious sender might put
// in any field, field names that attack object handling, wrong types, and whole forms built from them.
import fc from 'fast-check';

/** A marker that must never run: rendered pages must show it as text. */
export const SCRIPT_MARKER =
  '<script>window.__hostileRan=1</script><img src=x onerror="window.__hostileRan=1">';

const TRICKS = [
  '',
  ' ',
  '\t\n\r',
  '\u202Eevil\u202C', // right-to-left override
  '\u200B\u200C\u200D\uFEFF', // zero-width characters and a byte order mark
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307', // a pile of combining marks
  'Z̴̡̧̛̙̺͇̼̞̠̥̞͎̆͑̊̏̀͐͒̀͝a̷̛͔͙̱͑͆̅l̵̡̳̪̑̑̈́g̶o',
  '😀👩‍👧‍👦🏴󠁧󠁢󠁳󠁣󠁴󠁿𝕏', // astral plane and joined sequences
  '\uD800', // lone high surrogate
  'a\uDFFFb', // lone low surrogate
  '\u0000', // null byte
  'before\u0000after',
  SCRIPT_MARKER,
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '{{7*7}}${7*7}<%= 7*7 %>',
  "' OR '1'='1' --",
  '\'; DROP TABLE "Concern"; --',
  '1; SELECT pg_sleep(10)',
  "$1 $$ \\x00 E'\\\\'",
  '__proto__',
  'constructor',
  '{"__proto__":{"polluted":true}}',
  '../../../../etc/passwd',
  '%00%0d%0aSet-Cookie: x=y',
  "=cmd|' /C calc'!A0",
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(400),
] as const;

/** Any one hostile string: the fixed tricks, generated unicode and very long values. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...TRICKS), fc.integer({ min: 50, max: 6_000 }))
      .map(([t, n]) => (t || 'x').repeat(Math.ceil(n / Math.max(t.length, 1))).slice(0, n)),
  },
  { weight: 1, arbitrary: fc.constant('x'.repeat(20_000)) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...TRICKS), { minLength: 2, maxLength: 4 })
      .map((parts) => parts.join(' ')),
  },
);

/** Field names an attacker might send: the real ones, prototype keys and nonsense. */
export function hostileFieldName(realNames: readonly string[]): fc.Arbitrary<string> {
  // A form with no fields of its own (a single button) gets only made-up names.
  const real = realNames.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...realNames) }] : [];
  return fc.oneof(
    ...real,
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'hasOwnProperty',
        'valueOf',
        '__defineGetter__',
        'isAdmin',
        'partnershipId',
        'id',
        'route',
        '$ACTION_ID_0000',
        '',
      ),
    },
    { weight: 1, arbitrary: hostileString.map((s) => s.slice(0, 200)) },
  );
}

/** Anything JSON-ish or worse: for schema tests, where values need not be strings. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -1, Number.NaN, Infinity, 1e308, 2n ** 70n),
  fc.array(hostileString, { maxLength: 50 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 5 }),
  fc.constant(Object.create(null) as object),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown),
  fc.anything({ maxDepth: 2 }),
);

export type FormPart = [name: string, value: string | File];

/** A file part: no public form takes one. */
const filePart: fc.Arbitrary<File> = fc
  .tuple(
    fc.constantFrom('photo.jpg', 'a.exe', '../../x.png', '\u202Egpj.exe', ''),
    fc.constantFrom('image/jpeg', 'application/octet-stream', 'text/html'),
    fc.uint8Array({ maxLength: 64 }),
  )
  .map(([name, type, bytes]) => new File([bytes], name, { type }));

/** A whole form: the real fields with hostile values, plus extra, repeated and file parts. */
export function hostileForm(realNames: readonly string[]): fc.Arbitrary<FormPart[]> {
  const part = fc.tuple(
    hostileFieldName(realNames),
    fc.oneof({ weight: 12, arbitrary: hostileString }, { weight: 1, arbitrary: filePart }),
  ) as fc.Arbitrary<FormPart>;
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(part, { maxLength: 12 }) },
    // Huge numbers of fields.
    { weight: 1, arbitrary: fc.array(part, { minLength: 200, maxLength: 1_500 }) },
  );
}

export function toFormData(parts: FormPart[]): FormData {
  const form = new FormData();
  for (const [name, value] of parts) form.append(name, value);
  return form;
}
