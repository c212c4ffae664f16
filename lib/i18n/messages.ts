import 'server-only';
import cy from '@/messages/cy.json';
import en from '@/messages/en.json';
import type { Locale } from './locales';

/** Every catalogue, read on the server only (they are small; no page sends one to the browser whole). */
export const CATALOGUE_MESSAGES: Record<Locale, typeof en> = { en, cy };
