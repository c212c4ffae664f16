// A second fictional partnership, so the demo shows one deployment serving two partnerships at two
// addresses (lib/partnerships/get-public-partnership.ts). Made up like Northshire: URNs from 990201 up,
// the SV postcode area does not exist, .example addresses cannot receive mail.
import type { DemoSchool, DemoStaff } from './demo-reference-data';

export const SOUTHVALE_PARTNERSHIP = {
  slug: 'southvale',
  name: 'Southvale Safeguarding Children Partnership',
  shortName: 'Southvale SCP',
  brandColour: '#4c2c69',
  frontDoorEmail: 'front-door@southvale.example',
  dataControllerName: 'Southvale Council',
  // The demo's many-language site: parents at southvale.localhost may choose Welsh (tests/e2e/welsh.spec.ts),
  // Polish or Urdu (tests/e2e/languages.spec.ts).
  languages: ['en', 'cy', 'pl', 'ur'],
};

export const SOUTHVALE_SCHOOLS: DemoSchool[] = [
  { urn: 990201, name: 'Thornbury Primary School', town: 'Thornbury', postcode: 'SV1 3AB', phase: 'PRIMARY' },
  { urn: 990202, name: 'Thornbury High School', town: 'Thornbury', postcode: 'SV1 8CD', phase: 'SECONDARY' },
  { urn: 990203, name: 'Larkfield Primary School', town: 'Larkfield', postcode: 'SV2 4EF', phase: 'PRIMARY' },
  { urn: 990204, name: 'Stowe Valley Academy', town: 'Stowe', postcode: 'SV3 1GH', phase: 'SECONDARY' },
];

export const SOUTHVALE_STAFF: DemoStaff[] = [
  {
    email: 'dsl.thornbury-high@southvale.example',
    name: 'Nadia Brooks',
    roles: [{ role: 'DSL', urn: 990202 }],
  },
  {
    email: 'dsl.thornbury-primary@southvale.example',
    name: 'Owen Price',
    roles: [{ role: 'DSL', urn: 990201 }],
  },
  {
    email: 'frontdoor@southvale.example',
    name: 'Southvale Front Door (demo)',
    roles: [{ role: 'FRONT_DOOR' }],
  },
  { email: 'trends@southvale.example', name: 'Lena Fischer', roles: [{ role: 'PARTNERSHIP_STAFF' }] },
  { email: 'admin@southvale.example', name: 'Ravi Menon', roles: [{ role: 'ADMIN' }] },
];

export const SOUTHVALE_CONCERN_COUNT = 40;
/** Another seed for the generator than Northshire's, so Southvale's concerns have their own references. */
export const SOUTHVALE_CONCERN_SEED = 4049;

/**
 * The demo's addresses. Northshire keeps plain localhost and 127.0.0.1, so every test and `npm run dev`
 * work as before; browsers send *.localhost to this machine with no set-up.
 */
export const DEMO_HOSTS: Record<string, string[]> = {
  northshire: ['northshire.localhost', 'localhost', '127.0.0.1'],
  southvale: ['southvale.localhost'],
};
