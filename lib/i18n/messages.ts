import 'server-only';
import ar from '@/messages/ar.json';
import bn from '@/messages/bn.json';
import cy from '@/messages/cy.json';
import en from '@/messages/en.json';
import pa from '@/messages/pa.json';
import pl from '@/messages/pl.json';
import ro from '@/messages/ro.json';
import ur from '@/messages/ur.json';
import type { Locale } from './locales';

/** Every catalogue, read on the server only (they are small; no page sends one to the browser whole). */
export const CATALOGUE_MESSAGES: Record<Locale, typeof en> = { en, cy, ar, bn, pl, pa, ro, ur };
