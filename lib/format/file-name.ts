// A download's file name in the reader's language (issue 21): a Content-Disposition that every browser
// reads. `filename` must be ASCII (older browsers, and the header itself), so it holds the English name;
// `filename*` (RFC 6266 / RFC 8187) carries the reader's name in UTF-8, and browsers prefer it.
// No 'server-only': pure, and unit-tested.

/** `attachment; filename="proof.pdf"; filename*=UTF-8''prawf.pdf` (the second only when it differs). */
export function contentDisposition(
  kind: 'attachment' | 'inline',
  { english, local, extension }: { english: string; local: string; extension: string },
): string {
  const ascii = `${asciiName(english)}.${extension}`;
  const wanted = `${safeName(local) || asciiName(english)}.${extension}`;
  const plain = `${kind}; filename="${ascii}"`;
  return wanted === ascii ? plain : `${plain}; filename*=UTF-8''${encodeRfc8187(wanted)}`;
}

/** Letters, digits and hyphens only; anything else becomes a hyphen. */
function asciiName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'download'
  );
}

/** Any script's letters and marks, digits and hyphens (no separators, quotes or controls), at most 100. */
function safeName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** RFC 8187's value-chars: percent-encode all but attr-char. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
