import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_IDENTIFIER_MAX,
  normaliseAccountIdentifier,
} from '@/lib/account-identifiers/normalise-account-identifier';

const same = (slug: string, typed: string[], expected: string) => {
  for (const value of typed) expect(normaliseAccountIdentifier(slug, value), value).toBe(expected);
};

describe('normaliseAccountIdentifier: plain names', () => {
  it('ignores case, spaces and a leading @', () => {
    same(
      'snapchat',
      ['CoolKid99', ' coolkid99 ', '@coolkid99', '@@CoolKid99', 'cool kid 99', '＠coolkid99'],
      'coolkid99',
    );
  });

  it('drops characters nobody can see', () => {
    same('tiktok', ['cool\u200Bkid', '\uFEFFcoolkid', 'cool\u00ADkid'], 'coolkid');
  });

  it('keeps an old Discord tag with its number', () => {
    expect(normaliseAccountIdentifier('discord', 'Gamer#0420')).toBe('gamer#0420');
  });

  it('gives nothing for empty or invisible input', () => {
    for (const value of ['', '   ', '@', '\u200B', '@ @'])
      expect(normaliseAccountIdentifier('discord', value), JSON.stringify(value)).toBeNull();
  });

  it('gives nothing for input over the limit', () => {
    expect(normaliseAccountIdentifier('roblox', 'a'.repeat(ACCOUNT_IDENTIFIER_MAX))).toBe(
      'a'.repeat(ACCOUNT_IDENTIFIER_MAX),
    );
    expect(normaliseAccountIdentifier('roblox', 'a'.repeat(ACCOUNT_IDENTIFIER_MAX + 1))).toBeNull();
  });
});

describe('normaliseAccountIdentifier: links', () => {
  it('reads Discord invites (their codes keep their case) and user links', () => {
    same(
      'discord',
      [
        'https://discord.gg/AbC123',
        'discord.gg/AbC123',
        'http://www.discord.gg/AbC123/',
        'https://discord.com/invite/AbC123?event=1',
        'https://discordapp.com/invite/AbC123',
        'HTTPS://DISCORD.COM/invite/AbC123#x',
      ],
      'invite:AbC123',
    );
    expect(normaliseAccountIdentifier('discord', 'https://discord.gg/abc123')).not.toBe('invite:AbC123');
    same(
      'discord',
      ['https://discord.com/users/80351110224678912', 'discord.com/users/80351110224678912/'],
      'user-id:80351110224678912',
    );
  });

  it('reads Snapchat profile links as the username', () => {
    same(
      'snapchat',
      [
        'https://www.snapchat.com/add/CoolKid99',
        'snapchat.com/add/coolkid99?share_id=xyz&locale=en-GB',
        'https://snapchat.com/@coolkid99',
        'https://story.snapchat.com/@CoolKid99',
        'https://www.snapchat.com/u/coolkid99',
        'coolkid99',
      ],
      'coolkid99',
    );
  });

  it('reads Instagram profile links as the username, but not posts', () => {
    same(
      'instagram',
      [
        'https://www.instagram.com/Cool.Kid_99/',
        'instagram.com/cool.kid_99?igsh=abc123',
        'https://m.instagram.com/cool.kid_99',
        'https://instagr.am/cool.kid_99',
        'https://www.instagram.com/stories/cool.kid_99/3312345678/',
        '@cool.kid_99',
      ],
      'cool.kid_99',
    );
    expect(normaliseAccountIdentifier('instagram', 'https://www.instagram.com/p/C1a2B3c4D5e/')).toBe(
      'link:instagram.com/p/C1a2B3c4D5e',
    );
  });

  it('reads TikTok profile and video links as the username; short links stay links', () => {
    same(
      'tiktok',
      [
        'https://www.tiktok.com/@CoolKid99',
        'tiktok.com/@coolkid99?lang=en',
        'https://m.tiktok.com/@coolkid99/video/7301234567890123456',
        '@coolkid99',
      ],
      'coolkid99',
    );
    expect(normaliseAccountIdentifier('tiktok', 'https://vm.tiktok.com/ZMabc123/')).toBe(
      'link:vm.tiktok.com/ZMabc123',
    );
  });

  it('reads Roblox user and group links as their numbers', () => {
    same(
      'roblox',
      [
        'https://www.roblox.com/users/123456789/profile',
        'roblox.com/users/123456789/profile?friendshipSourceType=PlayerSearch',
        'https://web.roblox.com/users/123456789',
        'https://www.roblox.com/en-gb/users/123456789/profile',
      ],
      'user-id:123456789',
    );
    same(
      'roblox',
      [
        'https://www.roblox.com/groups/4567/Cool-Group#!/about',
        'https://www.roblox.com/communities/4567/cool-group',
      ],
      'group:4567',
    );
  });

  it('keeps a link it does not know as its address without scheme, www, query or fragment', () => {
    same(
      'whatsapp',
      [
        'https://chat.whatsapp.com/Fa6aBcD',
        'http://www.chat.whatsapp.com/Fa6aBcD/?x=1#y',
        'chat.whatsapp.com/Fa6aBcD',
      ],
      'link:chat.whatsapp.com/Fa6aBcD',
    );
  });

  it('does not read a look-alike host as the platform', () => {
    expect(normaliseAccountIdentifier('discord', 'https://discord.gg.evil.example/AbC123')).toBe(
      'link:discord.gg.evil.example/AbC123',
    );
    expect(normaliseAccountIdentifier('tiktok', 'https://nottiktok.com/@coolkid99')).toBe(
      'link:nottiktok.com/@coolkid99',
    );
  });

  it('does not read one platform’s link as another’s username', () => {
    expect(normaliseAccountIdentifier('snapchat', 'https://www.tiktok.com/@coolkid99')).toBe(
      'link:tiktok.com/@coolkid99',
    );
  });

  it('never keeps a user name or password written into a link', () => {
    expect(normaliseAccountIdentifier('discord', 'https://me:secret@discord.gg/AbC123')).toBe(
      'invite:AbC123',
    );
  });

  it('treats text that only starts like a link word as a name', () => {
    expect(normaliseAccountIdentifier('roblox', 'http_kid')).toBe('http_kid');
    expect(normaliseAccountIdentifier('roblox', 'www_kid')).toBe('www_kid');
    expect(normaliseAccountIdentifier('roblox', 'Mr.Roblox')).toBe('mr.roblox');
  });
});
