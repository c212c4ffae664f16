// Is a catalogue complete? Every message English has, none it does not, the same ICU placeholders, no
// HTML beyond the rich-text tags English uses, nothing empty. Pure: the catalogue test, each language's
// status (lib/i18n/catalogue-status.ts) and the reviewed catalogue an administrator uploads
// (lib/i18n/catalogue-import.ts) all ask the same questions here.
// The parser next-intl itself uses (through use-intl): what counts as a placeholder is what it reads.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type CatalogueTree = { [key: string]: string | CatalogueTree };

/** 'report.child.title' → message, for every message in a catalogue. */
export function flattenCatalogue(tree: CatalogueTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenCatalogue(value, path)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments a message uses, with their kind: "count:plural", "partnership:argument". Throws on a broken message. */
export function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ('value' in element && element.type !== TYPE.literal)
        found.add(`${String(element.value)}:${TYPE[element.type]}`);
      if ('options' in element)
        for (const option of Object.values(element.options)) walk(option.value as MessageFormatElement[]);
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** What is wrong with one message against English's, in plain words; null when nothing is. */
function messageProblem(key: string, english: string, message: string): string | null {
  if (!message.trim()) return `${key} is empty`;
  let used: string[];
  try {
    used = placeholders(message);
  } catch {
    return `${key} has a { or } out of place`;
  }
  const wanted = placeholders(english);
  if (JSON.stringify(used) !== JSON.stringify(wanted))
    return `${key} must use the same {placeholders} and <tags> as English: ${wanted.map(named).join(', ') || 'none'}`;
  const tags = wanted.filter((p) => p.endsWith(':tag')).map((p) => p.slice(0, -4));
  const rest = tags.reduce(
    (text, tag) => text.replaceAll(`<${tag}>`, '').replaceAll(`</${tag}>`, ''),
    message,
  );
  if (/<\/?[a-z]/i.test(rest)) return `${key} holds HTML, which is not allowed`;
  return null;
}

const named = (placeholder: string) => {
  const [name = '', kind] = placeholder.split(':');
  return kind === 'tag' ? `<${name}>` : `{${name}}`;
};

/**
 * Every problem with a catalogue against English's, in English's key order, missing keys first named. An
 * empty list means complete.
 */
export function catalogueProblems(english: CatalogueTree, catalogue: CatalogueTree): string[] {
  const theirs = flattenCatalogue(catalogue);
  const problems: string[] = [];
  for (const [key, message] of flattenCatalogue(english)) {
    const translated = theirs.get(key);
    if (translated === undefined) problems.push(`${key} is missing`);
    else {
      const problem = messageProblem(key, message, translated);
      if (problem) problems.push(problem);
    }
  }
  const known = flattenCatalogue(english);
  for (const key of theirs.keys()) if (!known.has(key)) problems.push(`${key} is not a message English has`);
  return problems;
}
