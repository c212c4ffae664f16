import 'server-only';
import { logger } from '@/lib/log';
import { getPublicPartnership } from './get-public-partnership';

const FALLBACK = 'Safeguarding Children Partnership';

export interface PublicBrand {
  /** The full name, for the footer. */
  name: string;
  /** The short name if the partnership gave one, for the header on a phone. */
  headerName: string;
  /** #rrggbb, dark enough for white text; null: the service's own colour. */
  brandColour: string | null;
  generalPhone: string | null;
  /** Null: the partnership itself (the privacy page says so). */
  dataControllerName: string | null;
  privacyNoticeUrl: string | null;
  privacyNoticeText: string | null;
}

/**
 * The public pages' name, colour, phone number and privacy notice. A page must still render (say, an error page) when the database is
 * unreachable or no partnership is served at this address: then a neutral name and no colour.
 */
export async function getPublicBrand(): Promise<PublicBrand> {
  try {
    const partnership = await getPublicPartnership();
    if (partnership) {
      const { name, shortName, ...rest } = partnership;
      return {
        name,
        headerName: shortName ?? name,
        brandColour: rest.brandColour,
        generalPhone: rest.generalPhone,
        dataControllerName: rest.dataControllerName,
        privacyNoticeUrl: rest.privacyNoticeUrl,
        privacyNoticeText: rest.privacyNoticeText,
      };
    }
  } catch {
    logger().warn({ event: 'partnership.lookup_failed' }, 'could not read the partnership name');
  }
  return {
    name: FALLBACK,
    headerName: FALLBACK,
    brandColour: null,
    generalPhone: null,
    dataControllerName: null,
    privacyNoticeUrl: null,
    privacyNoticeText: null,
  };
}
