// The operator's two commands, run as a person would run them: plain sentences, exit codes, and the work
// done (or not) in the database.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { looksLikeStackTrace, runScript } from '../../support/run-script';

const run = (script: string, args: string[]) =>
  runScript(script, { NODE_ENV: 'test', DATABASE_URL: process.env.DATABASE_URL! }, 60_000, args);

describe('npm run operator:grant', () => {
  it('makes a new account the operator, and says what to do next', async () => {
    const result = await run('scripts/operator-grant.ts', ['ops@service.example', '--name', 'Ola Ops']);
    expect(result.stdout).toContain('Forgotten your password');
    expect(result.code).toBe(0);
    const user = await getDb().staffUser.findUniqueOrThrow({
      where: { email: 'ops@service.example' },
      include: { serviceOperator: true, memberships: true },
    });
    expect(user.serviceOperator).not.toBeNull();
    expect(user.memberships).toEqual([]);
  });

  it('refuses an address with no account and no name, in a sentence', async () => {
    const result = await run('scripts/operator-grant.ts', ['nobody@service.example']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('There is no staff account for nobody@service.example');
    expect(looksLikeStackTrace(result.stderr)).toBe(false);
  });
});

describe('npm run operator:create-partnership', () => {
  it('adds the partnership and invites its administrator; a slug in use is refused', async () => {
    const args = (slug: string) => [
      '--name',
      `Westmoor Partnership ${slug}`,
      '--slug',
      slug,
      '--admin-name',
      'Wren West',
      '--admin-email',
      `wren.${slug}@westmoor.example`,
      '--host',
      `${slug}.example`,
    ];
    const added = await run('scripts/operator-create-partnership.ts', args('westmoor'));
    expect(added.code).toBe(0);
    const partnership = await getDb().partnership.findUniqueOrThrow({
      where: { slug: 'westmoor' },
      include: { invitations: true },
    });
    expect(partnership.invitations.map((i) => i.role)).toEqual(['ADMIN']);

    const again = await run('scripts/operator-create-partnership.ts', [
      ...args('westmoor').slice(0, 2),
      '--slug',
      'westmoor',
      ...args('westmoor').slice(4),
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already uses this short name');
  });
});
