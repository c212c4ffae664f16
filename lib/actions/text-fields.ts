// Zod pieces for what people type, shared by every form schema (public and staff). No 'server-only': the
// browser runs the same schemas.
import { z } from 'zod';

/**
 * Whether text holds anything a reader can see: not only spaces, and not only invisible format
 * characters (Unicode category Cf: zero-width spaces and joiners, direction marks, overrides and
 * isolates) or control characters.
 */
export function hasVisibleText(value: string): boolean {
  return /[^\p{Cc}\p{Cf}\p{Z}\s]/u.test(value);
}

/**
 * Free text: trimmed, and empty when nothing in it is visible, so `.min(1, 'Enter …')` refuses a field
 * holding only a zero-width space or a right-to-left override as it refuses a blank one. Still a
 * ZodString, so `.min` and `.max` follow as usual.
 */
export const freeText = (params?: Parameters<typeof z.string>[0]) =>
  z
    .string(params)
    .trim()
    .overwrite((v) => (hasVisibleText(v) ? v : ''));

/**
 * Whether an address can be delivered to, beyond the shape z.email() checks: a local part of at most
 * 64 characters, a domain of at most 253 and labels of at most 63 (RFC 5321 and RFC 1035), at most 254
 * in all. An address past these limits is refused by mail servers, so the sender would never hear back.
 */
export function isDeliverableEmail(value: string): boolean {
  if (value.length > 254 || !z.email().safeParse(value).success) return false;
  const at = value.lastIndexOf('@');
  const domain = value.slice(at + 1);
  return at <= 64 && domain.length <= 253 && domain.split('.').every((label) => label.length <= 63);
}

/** Put after a field's own trimming and length checks: `.pipe(deliverableEmail('Enter an email address …'))`. */
export const deliverableEmail = (message: string) => z.string().refine(isDeliverableEmail, message);

/** A UK or international phone number as people type it: a parent's, or a partnership's. */
export const PHONE = /^[0-9+()\s-]{7,30}$/;

/**
 * A web address on the open internet that is safe to show as a link: https, a named host with a real
 * top-level domain (no "localhost", no IP address), no port and no user name or password in it.
 */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' &&
      /\.[a-z]{2,63}$/i.test(url.hostname) &&
      !url.port &&
      !url.username &&
      !url.password
    );
  } catch {
    return false;
  }
}

/** Whether a value is a uuid as ids are written (any case): scope finders check before querying by id. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
