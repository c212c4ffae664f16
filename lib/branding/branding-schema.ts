// The branding form (app/admin/branding): how the public pages name a partnership, its header colour,
// its phone number and its privacy notice. Shared by the page and its action. No logo: this product keeps
// no images, so the name is the brand.
import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';
import { isHttpsUrl, PHONE } from '@/lib/actions/text-fields';
import { BRAND_COLOUR, contrastWithWhite, MIN_CONTRAST_WITH_WHITE } from './brand-colour';

const optionalText = (max: number, label: string) =>
  freeText()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .transform((v) => v || null);

export const brandingSchema = z.strictObject({
  shortName: optionalText(60, 'The short name'),
  brandColour: z
    .string()
    .trim()
    .toLowerCase()
    .refine(
      (v) => v === '' || BRAND_COLOUR.test(v),
      'Enter the colour as # and 6 letters or numbers, like #1d4f91',
    )
    .refine(
      (v) => !BRAND_COLOUR.test(v) || contrastWithWhite(v) >= MIN_CONTRAST_WITH_WHITE,
      'This colour is too light for white writing on it. Choose a darker colour.',
    )
    .transform((v) => v || null),
  generalPhone: z
    .string()
    .trim()
    .refine((v) => v === '' || PHONE.test(v), 'Enter a phone number, like 01632 960 001')
    .transform((v) => v || null),
  dataControllerName: optionalText(200, 'The data controller’s name'),
  privacyNoticeUrl: z
    .string()
    .trim()
    .max(500, 'The web address must be 500 characters or fewer')
    .refine((v) => v === '' || isHttpsUrl(v), 'Enter the full web address, starting with https://')
    .transform((v) => v || null),
  privacyNoticeText: optionalText(2000, 'The privacy notice'),
});

export type BrandingInput = z.infer<typeof brandingSchema>;
export const BRANDING_FIELDS = Object.keys(brandingSchema.shape) as (keyof BrandingInput)[];
