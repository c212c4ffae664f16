// Fictional demo data: a partnership, its schools and staff. Names, URNs and postcodes are made up (URNs
// from 990001 up, outside the DfE's range; the NS postcode area does not exist; .example addresses cannot
// receive mail).
import type { SchoolPhase } from '@/lib/generated/prisma/enums';

export const DEMO_PARTNERSHIP = {
  slug: 'northshire',
  name: 'Northshire Safeguarding Children Partnership',
  frontDoorEmail: 'front-door@northshire.example',
};

export const DEMO_PASSWORD = 'northshire-demo-2026';
export const DEMO_RECEIPT = 'DMQ2-RCPT-CHCK-2626';

export type DemoSchool = { urn: number; name: string; town: string; postcode: string; phase: SchoolPhase };

export const DEMO_SCHOOLS: DemoSchool[] = [
  { urn: 990001, name: 'Oakfield Primary School', town: 'Millbrook', postcode: 'NS1 2AB', phase: 'PRIMARY' },
  {
    urn: 990002,
    name: 'St Aidan’s Church of England Primary School',
    town: 'Millbrook',
    postcode: 'NS1 4CD',
    phase: 'PRIMARY',
  },
  { urn: 990003, name: 'Millbrook Academy', town: 'Millbrook', postcode: 'NS1 7EF', phase: 'SECONDARY' },
  { urn: 990004, name: 'Kingsmere Infant School', town: 'Kingsmere', postcode: 'NS2 1GH', phase: 'PRIMARY' },
  { urn: 990005, name: 'Kingsmere Junior School', town: 'Kingsmere', postcode: 'NS2 1GJ', phase: 'PRIMARY' },
  { urn: 990006, name: 'Kingsmere High School', town: 'Kingsmere', postcode: 'NS2 5KL', phase: 'SECONDARY' },
  {
    urn: 990007,
    name: 'Fernley Village Primary School',
    town: 'Fernley',
    postcode: 'NS3 3MN',
    phase: 'PRIMARY',
  },
  {
    urn: 990008,
    name: 'Harrowby Park Primary School',
    town: 'Harrowby',
    postcode: 'NS4 2PQ',
    phase: 'PRIMARY',
  },
  { urn: 990009, name: 'Harrowby School', town: 'Harrowby', postcode: 'NS4 6RS', phase: 'ALL_THROUGH' },
  {
    urn: 990010,
    name: 'Northbridge Nursery School',
    town: 'Northbridge',
    postcode: 'NS5 1TU',
    phase: 'NURSERY',
  },
  {
    urn: 990011,
    name: 'Northbridge Primary School',
    town: 'Northbridge',
    postcode: 'NS5 3VW',
    phase: 'PRIMARY',
  },
  {
    urn: 990012,
    name: 'Northbridge Community College',
    town: 'Northbridge',
    postcode: 'NS5 8XY',
    phase: 'SECONDARY',
  },
  {
    urn: 990013,
    name: 'Brookside Special School',
    town: 'Northbridge',
    postcode: 'NS5 9AZ',
    phase: 'NOT_APPLICABLE',
  },
  { urn: 990014, name: 'Ashgrove Primary School', town: 'Ashgrove', postcode: 'NS6 2BA', phase: 'PRIMARY' },
  {
    urn: 990015,
    name: 'Holy Cross Catholic Primary School',
    town: 'Ashgrove',
    postcode: 'NS6 4DC',
    phase: 'PRIMARY',
  },
  {
    urn: 990016,
    name: 'Ashgrove Sixth Form College',
    town: 'Ashgrove',
    postcode: 'NS6 7FE',
    phase: 'SIXTEEN_PLUS',
  },
  { urn: 990017, name: 'Wrenbury Primary School', town: 'Wrenbury', postcode: 'NS7 1HG', phase: 'PRIMARY' },
  { urn: 990018, name: 'Wrenbury Middle School', town: 'Wrenbury', postcode: 'NS7 3KJ', phase: 'MIDDLE' },
  {
    urn: 990019,
    name: 'Coldharbour Primary School',
    town: 'Coldharbour',
    postcode: 'NS8 5ML',
    phase: 'PRIMARY',
  },
  {
    urn: 990020,
    name: 'The Willows Pupil Referral Unit',
    town: 'Coldharbour',
    postcode: 'NS8 8NP',
    phase: 'NOT_APPLICABLE',
  },
  {
    urn: 990021,
    name: 'Old Mill Primary School (closed)',
    town: 'Fernley',
    postcode: 'NS3 9QR',
    phase: 'PRIMARY',
  },
];

/** The one inactive school, kept because old concerns refer to it. */
export const INACTIVE_SCHOOL_URNS = new Set([990021]);

export type DemoStaff = {
  email: string;
  name: string;
  roles:
    | { role: 'DSL' | 'DEPUTY_DSL'; urn: number }[]
    | { role: 'FRONT_DOOR' | 'PARTNERSHIP_STAFF' | 'ADMIN' | 'DPO' }[];
};

const school = (urn: number, key: string, dslName: string, deputyName: string): DemoStaff[] => [
  { email: `dsl.${key}@northshire.example`, name: dslName, roles: [{ role: 'DSL', urn }] },
  { email: `deputy.${key}@northshire.example`, name: deputyName, roles: [{ role: 'DEPUTY_DSL', urn }] },
];

export const DEMO_STAFF: DemoStaff[] = [
  ...school(990001, 'oakfield', 'Priya Shah', 'Tom Whitaker'),
  ...school(990003, 'millbrook', 'Grace Okafor', 'Dan Hughes'),
  ...school(990006, 'kingsmere-high', 'Helen Marsh', 'Sam Lee'),
  ...school(990011, 'northbridge', 'Aisha Rahman', 'Chris Doyle'),
  ...school(990014, 'ashgrove', 'Martin Fell', 'Joanne Pike'),
  // One DSL for two schools of a federation.
  {
    email: 'dsl.kingsmere-federation@northshire.example',
    name: 'Ruth Cole',
    roles: [
      { role: 'DSL', urn: 990004 },
      { role: 'DSL', urn: 990005 },
    ],
  },
  { email: 'frontdoor@northshire.example', name: 'Front Door Team (demo)', roles: [{ role: 'FRONT_DOOR' }] },
  { email: 'trends@northshire.example', name: 'Olu Adebayo', roles: [{ role: 'PARTNERSHIP_STAFF' }] },
  { email: 'admin@northshire.example', name: 'Kath Nolan', roles: [{ role: 'ADMIN' }] },
  { email: 'dpo@northshire.example', name: 'Ben Arkwright', roles: [{ role: 'DPO' }] },
];

type DemoPlatform = {
  slug: string;
  name: string;
  ageRating: string | null;
  advice: string;
  closedOn?: string;
  isOther?: boolean;
};

export const DEMO_PLATFORMS: DemoPlatform[] = [
  {
    slug: 'discord',
    name: 'Discord',
    ageRating: '13+',
    advice:
      'Only accept friend requests from people your child knows. Turn off messages from strangers in the privacy settings.',
  },
  {
    slug: 'snapchat',
    name: 'Snapchat',
    ageRating: '13+',
    advice:
      'Turn off Quick Add and set who can contact your child to “My Friends”. Turn on Ghost Mode to hide their location.',
  },
  {
    slug: 'instagram',
    name: 'Instagram',
    ageRating: '13+',
    advice: 'Make the account private. Use the app’s teen account and family centre settings.',
  },
  {
    slug: 'tiktok',
    name: 'TikTok',
    ageRating: '13+',
    advice: 'Use Family Pairing to set limits. Turn off direct messages for younger teens.',
  },
  {
    slug: 'whatsapp',
    name: 'WhatsApp',
    ageRating: '13+',
    advice: 'Set who can add your child to groups to “My contacts”.',
  },
  {
    slug: 'roblox',
    name: 'Roblox',
    ageRating: 'All ages, with age checks for chat',
    advice: 'Set parental controls with a PIN. Limit chat to friends, or turn it off.',
  },
  {
    slug: 'youtube',
    name: 'YouTube',
    ageRating: '13+ (YouTube Kids for younger children)',
    advice: 'Use a supervised account or YouTube Kids for younger children. Turn on restricted mode.',
  },
  {
    slug: 'twitch',
    name: 'Twitch',
    ageRating: '13+',
    advice: 'Live chat is hard to control. Block whispers from strangers.',
  },
  {
    slug: 'telegram',
    name: 'Telegram',
    ageRating: null,
    advice:
      'Telegram has open groups and channels with no checks. Hide your child’s phone number from other users.',
  },
  {
    slug: 'gaming-chat',
    name: 'Minecraft or other game chat',
    ageRating: 'Depends on the game',
    advice: 'Use the console or game’s family settings to limit chat to friends.',
  },
  {
    slug: 'random-video-chat',
    name: 'Random video chat site',
    ageRating: '18+',
    advice: 'These sites pair children with strangers on camera. Block them with your home internet filter.',
  },
  {
    slug: 'omegle',
    name: 'Omegle',
    ageRating: '18+',
    advice: 'Omegle closed on 8 November 2023. Copies of it still exist under other names.',
    closedOn: '2023-11-08',
  },
  {
    slug: 'other',
    name: 'Something else',
    ageRating: null,
    advice: 'Tell us the name of the app, game or website.',
    isOther: true,
  },
];

export const DEMO_HARMS = [
  {
    slug: 'saw-sexual-images',
    name: 'Saw sexual pictures or videos',
    hint: 'Including by accident, or sent to them',
  },
  {
    slug: 'saw-violent-content',
    name: 'Saw violent or abusive content',
    hint: 'Fighting, cruelty, self-harm or other upsetting things',
  },
  { slug: 'contacted-by-stranger', name: 'Was contacted by someone they do not know', hint: null },
  { slug: 'asked-for-images', name: 'Was asked to send pictures or videos of themselves', hint: null },
  { slug: 'sent-images', name: 'Sent pictures or videos of themselves', hint: null },
  {
    slug: 'threatened',
    name: 'Was threatened or blackmailed',
    hint: 'For example, told to pay or send more, or something would be shared',
  },
  { slug: 'asked-to-meet', name: 'Someone asked to meet them in person', hint: null },
  { slug: 'bullied', name: 'Was bullied or picked on', hint: null },
  { slug: 'other', name: 'Something else', hint: null, isOther: true },
];

/** Closing messages a partnership might write for parents (lib/closing-messages). Ours, in plain words. */
export const DEMO_CLOSING_MESSAGES = [
  {
    title: 'Dealt with by the school',
    body: 'Thank you for telling us. The school has looked into this and done what was needed. If anything else happens, you can send a new report at any time.',
  },
  {
    title: 'Passed to another service',
    body: 'Thank you for telling us. We have passed this to the right service, who will take it from here. They may contact you if you gave us your details.',
  },
  {
    title: 'No more action needed',
    body: 'Thank you for telling us. We looked at your report carefully and decided nothing more needs to be done now. Please tell us again if things change.',
  },
];

/** Runs the demo service (the operator's pages); no role in Northshire, so no case or trend of it. */
export const DEMO_OPERATOR = { email: 'operator@service.example', name: 'Olu Adeyemi' };
