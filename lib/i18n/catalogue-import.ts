import 'server-only';
import { catalogueProblems, type CatalogueProblem, type CatalogueTree } from './catalogue-check';
import { CATALOGUE_MESSAGES } from './messages';

/** A catalogue is about 30 KB; anything much bigger is not one. */
export const CATALOGUE_MAX_BYTES = 200 * 1024;
const MAX_DEPTH = 6;
const MAX_MESSAGE = 2000;
/** The first problems an administrator is told about (the rest come after they fix these). */
export const PROBLEMS_SHOWN = 5;

export type CatalogueRefusal =
  | { code: 'empty' | 'too-big' | 'not-utf8' | 'not-json' | 'shape' }
  | { code: 'problems'; problems: CatalogueProblem[] };

export type CatalogueCheck = { ok: true; messages: CatalogueTree } | { ok: false; refusal: CatalogueRefusal };

/**
 * Checks an uploaded catalogue as a whole: size, UTF-8, JSON, the shape of a catalogue (objects of
 * strings, short keys, short messages), then every message against English (every key, the same
 * placeholders, no HTML). Nothing here is trusted before it passes.
 */
export function checkCatalogueUpload(bytes: Uint8Array): CatalogueCheck {
  const refuse = (refusal: CatalogueRefusal): CatalogueCheck => ({ ok: false, refusal });
  if (bytes.byteLength === 0) return refuse({ code: 'empty' });
  if (bytes.byteLength > CATALOGUE_MAX_BYTES) return refuse({ code: 'too-big' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse({ code: 'not-utf8' });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  if (!isCatalogueTree(value, 1)) return refuse({ code: 'shape' });
  const problems = catalogueProblems(CATALOGUE_MESSAGES.en, value);
  return problems.length ? refuse({ code: 'problems', problems }) : { ok: true, messages: value };
}

function isCatalogueTree(value: unknown, depth: number): value is CatalogueTree {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, child]) =>
      /^[A-Za-z0-9_-]{1,60}$/.test(key) &&
      (typeof child === 'string' ? child.length <= MAX_MESSAGE : isCatalogueTree(child, depth + 1)),
  );
}
