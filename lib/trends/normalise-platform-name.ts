/** A name typed under "something else", made comparable: lower case, plain characters, single spaces. */
export function normalisePlatformName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9 .'-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
}
