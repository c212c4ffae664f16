// What a parent typed about a stranger's account, made comparable so two reports of the same account match:
// a username however it was written, or a link reduced to the account it points at. Pure (no 'server-only'):
// the journey's schema, the unit tests and the bench use it. A link is only read as text, never fetched.

/** The longest identifier kept, typed or normalised; longer input is refused, not cut. */
export const ACCOUNT_IDENTIFIER_MAX = 100;

/** Characters with no width (zero-width spaces and joiners, soft hyphens, byte-order marks). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const LOOKS_LIKE_LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)/i;

/**
 * The identifier as compared and hashed, or null when nothing is left or it is too long.
 * Names lose case, spaces and leading @s. Links known for Discord, Snapchat, Instagram, TikTok and Roblox
 * become the username (`coolkid99`) or a kind and number (`invite:AbC123`, `user-id:123`, `group:45`); any
 * other link becomes `link:<host>/<path>` without scheme, www, query or fragment.
 */
export function normaliseAccountIdentifier(platformSlug: string, typed: string): string | null {
  const text = typed.normalize('NFKC').replace(INVISIBLE, '').trim();
  if (!text || text.length > ACCOUNT_IDENTIFIER_MAX) return null;
  const normalised = LOOKS_LIKE_LINK.test(text) ? normaliseLink(platformSlug, text) : normaliseName(text);
  return normalised && normalised.length <= ACCOUNT_IDENTIFIER_MAX ? normalised : null;
}

function normaliseName(text: string): string | null {
  return text.replace(/\s+/g, '').replace(/^@+/, '').toLowerCase() || null;
}

function normaliseLink(platformSlug: string, text: string): string | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return normaliseName(text);
  }
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|web)\./, '');
  const path = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const account = READERS[platformSlug]?.(host, path) ?? null;
  return account ?? `link:${[host, ...path].join('/')}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment).replace(/\s+/g, '');
  } catch {
    return segment;
  }
}

type Reader = (host: string, path: string[]) => string | null;
const name = (value: string | undefined) => (value ? normaliseName(value) : null);
const number = (kind: string, value: string | undefined) =>
  value && /^\d+$/.test(value) ? `${kind}:${value}` : null;

// Each platform's account links, by the host exactly (a look-alike such as discord.gg.evil.example is
// just a link). Discord invite codes are case-sensitive, so they keep their case.
const READERS: Record<string, Reader> = {
  discord: (host, [first, second]) => {
    if (host === 'discord.gg') return first ? `invite:${first}` : null;
    if (host !== 'discord.com' && host !== 'discordapp.com') return null;
    if (first === 'invite' && second) return `invite:${second}`;
    return first === 'users' ? number('user-id', second) : null;
  },
  snapchat: (host, [first, second]) => {
    if (host !== 'snapchat.com' && host !== 'story.snapchat.com') return null;
    if (first === 'add' || first === 'u') return name(second);
    return first?.startsWith('@') ? name(first) : null;
  },
  instagram: (host, [first, second]) => {
    if (host !== 'instagram.com' && host !== 'instagr.am') return null;
    if (first === 'stories') return name(second);
    const notAccounts = ['p', 'reel', 'reels', 'tv', 'explore', 'direct', 'accounts'];
    return first && !notAccounts.includes(first.toLowerCase()) ? name(first) : null;
  },
  tiktok: (host, [first]) => (host === 'tiktok.com' && first?.startsWith('@') ? name(first) : null),
  roblox: (host, path) => {
    if (host !== 'roblox.com') return null;
    const [first, second] = /^[a-z]{2}(?:-[a-z]{2})?$/i.test(path[0] ?? '') ? path.slice(1) : path;
    if (first === 'users') return number('user-id', second);
    return first === 'groups' || first === 'communities' ? number('group', second) : null;
  },
};
