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

/** What can be wrong with one message; `unknown` is a key English does not have. */
export type ProblemKind = 'missing' | 'unknown' | 'empty' | 'syntax' | 'placeholders' | 'html';
export interface CatalogueProblem {
  key: string;
  kind: ProblemKind;
}

/** What is wrong with one message against English's; null when nothing is. */
function messageProblem(english: string, message: string): ProblemKind | null {
  if (!message.trim()) return 'empty';
  let used: string[];
  try {
    used = placeholders(message);
  } catch {
    return 'syntax';
  }
  const wanted = placeholders(english);
  // HTML first: ICU reads <b> as a tag too, and "holds HTML" says more than "other placeholders".
  const tags = wanted.filter((p) => p.endsWith(':tag')).map((p) => p.slice(0, -4));
  const rest = tags.reduce(
    (text, tag) => text.replaceAll(`<${tag}>`, '').replaceAll(`</${tag}>`, ''),
    message,
  );
  if (/<\/?[a-z]/i.test(rest)) return 'html';
  return JSON.stringify(used) === JSON.stringify(wanted) ? null : 'placeholders';
}

/** Every problem with a catalogue against English's, in English's key order, then keys English lacks. None: complete. */
export function catalogueProblems(english: CatalogueTree, catalogue: CatalogueTree): CatalogueProblem[] {
  const known = flattenCatalogue(english);
  const theirs = flattenCatalogue(catalogue);
  const problems: CatalogueProblem[] = [];
  for (const [key, message] of known) {
    const translated = theirs.get(key);
    const kind = translated === undefined ? 'missing' : messageProblem(message, translated);
    if (kind) problems.push({ key, kind });
  }
  for (const key of theirs.keys()) if (!known.has(key)) problems.push({ key, kind: 'unknown' });
  return problems;
}

const named = (placeholder: string) => {
  const [name = '', kind] = placeholder.split(':');
  return kind === 'tag' ? `<${name}>` : `{${name}}`;
};

/** A problem in plain words for an administrator, naming the message. */
export function describeProblem({ key, kind }: CatalogueProblem, english: CatalogueTree): string {
  switch (kind) {
    case 'missing':
      return `${key} is missing`;
    case 'unknown':
      return `${key} is not a message English has`;
    case 'empty':
      return `${key} is empty`;
    case 'syntax':
      return `${key} has a { or } out of place`;
    case 'html':
      return `${key} holds HTML, which is not allowed`;
    case 'placeholders': {
      const wanted = placeholders(flattenCatalogue(english).get(key) ?? '').map(named);
      return `${key} must use the same {placeholders} and <tags> as English: ${wanted.join(', ') || 'none'}`;
    }
  }
}

/**
 * A partnership's catalogue: each English message from its own reviewed version where that still fits
 * English (English may have changed since the upload), else from the service's file.
 */
export function overlayCatalogue(
  english: CatalogueTree,
  file: CatalogueTree,
  override: CatalogueTree,
): CatalogueTree {
  const fromFile = flattenCatalogue(file);
  const fromOverride = flattenCatalogue(override);
  const out: CatalogueTree = {};
  for (const [key, message] of flattenCatalogue(english)) {
    const own = fromOverride.get(key);
    const chosen = own !== undefined && !messageProblem(message, own) ? own : (fromFile.get(key) ?? message);
    const path = key.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as CatalogueTree;
    node[path.at(-1) ?? key] = chosen;
  }
  return out;
}
