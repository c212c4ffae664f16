import 'server-only';

/** The first letter and the domain only: enough to spot a mistyped domain, not to identify a parent. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
