// The "Add a partnership" form, shared by the operator's page, its action and the command line.
import { z } from 'zod';
import { deliverableEmail, freeText } from '@/lib/actions/text-fields';
import { normaliseHost } from '@/lib/security/public-host';

const ONE_HOST =
  'Enter each web address on its own, like concerns.north-shire.example (no https:// and nothing after it)';

/** The addresses parents use (PartnershipHost): separated by commas, spaces or lines; port and case ignored. */
const hostnames = z
  .string()
  .max(2000, 'Web addresses must be 2,000 characters or fewer')
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z
      .array(
        z
          .string()
          .transform(
            (h, ctx) => normaliseHost(h) ?? (ctx.addIssue({ code: 'custom', message: ONE_HOST }), z.NEVER),
          ),
      )
      .min(1, 'Enter at least one web address parents will use, like concerns.north-shire.example')
      .max(10, 'Enter 10 web addresses or fewer'),
  )
  .transform((hosts) => [...new Set(hosts)]);

/** Adding or removing one web address of an existing partnership (the operator's partnerships page). */
export const partnershipHostSchema = z.strictObject({
  partnershipId: z.uuid({ error: 'Choose a partnership' }),
  hostname: z
    .string()
    .max(300, ONE_HOST)
    .transform(
      (h, ctx) => normaliseHost(h) ?? (ctx.addIssue({ code: 'custom', message: ONE_HOST }), z.NEVER),
    ),
});

export type PartnershipHostInput = z.infer<typeof partnershipHostSchema>;

const email = (message: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(320, 'Email address must be 320 characters or fewer')
    .pipe(deliverableEmail(message));

export const partnershipSchema = z.strictObject({
  name: freeText()
    .min(1, 'Enter the name of the partnership')
    .max(200, 'Name must be 200 characters or fewer'),
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'Enter a short name using only lower-case letters, numbers and hyphens, like north-shire',
    )
    .min(2, 'Short name must be 2 characters or more')
    .max(60, 'Short name must be 60 characters or fewer'),
  frontDoorEmail: z
    .union([
      z.literal('').transform(() => null),
      email('Enter the front-door email address in the correct format, like mash@example.org'),
    ])
    .optional(),
  adminName: freeText()
    .min(1, 'Enter the full name of the first administrator')
    .max(200, 'Name must be 200 characters or fewer'),
  adminEmail: email('Enter the email address in the correct format, like name@example.org'),
  hostnames,
  /** A partnership in Wales offers Welsh from the start (Welsh Language Standards); England: English only. */
  nation: z.enum(['england', 'wales'], { error: 'Choose England or Wales' }).default('england'),
});

export type PartnershipInput = z.input<typeof partnershipSchema>;
export const PARTNERSHIP_FIELD_ORDER = [
  'name',
  'slug',
  'hostnames',
  'frontDoorEmail',
  'adminName',
  'adminEmail',
  'nation',
];
