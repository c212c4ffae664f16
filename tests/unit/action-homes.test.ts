import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findServerActionModules } from '../support/public-actions';

// Where a server action may live (CONVENTIONS.md): beside the route that posts it (app/<route>/actions.ts),
// or, for the public forms posted from many pages, in a lib/ file named for actions (lib/<domain>/…-actions.ts,
// lib/auth/actions/). A plain lib/ verb never carries 'use server': that would make it a public endpoint.
const ACTION_HOME =
  /^(app\/.+\/actions\.ts|lib\/[a-z-]+\/[a-z-]+-actions\.ts|lib\/auth\/actions\/[a-z-]+\.ts)$/;

describe('server actions', () => {
  const modules = findServerActionModules();

  it('live only in action files', () => {
    expect(modules.filter((file) => !ACTION_HOME.test(file))).toEqual([]);
  });

  it('are exported as the action itself (export const name = …), never through a wrapper function', () => {
    const wrapped = modules.filter((file) => /^export (async )?function /m.test(readFileSync(file, 'utf8')));
    expect(wrapped).toEqual([]);
  });
});

// Next.js's control flow (notFound(), redirect()) belongs to the web layer: pages, route handlers, action
// files and the action wrapper. A lib/ verb returns null or throws NotFoundError (lib/errors.ts) instead.
// The guards every page and action starts with stay where they are, so the check is not copied into 40
// pages: requireUser / requirePermission, requirePartnership / partnershipFor, requirePendingSignIn, and
// requireFreshFactor (step-up) before an export, a pass-on or a legal hold.
const MAY_USE_NEXT_CONTROL_FLOW = new Set([
  'lib/actions/define-action.ts',
  'lib/auth/session.ts',
  'lib/auth/require-partnership.ts',
  'lib/auth/sign-in/second-factor.ts',
  'lib/auth/require-fresh-factor.ts',
]);

describe('lib/ verbs', () => {
  it('leave notFound() and redirect() to the web layer', () => {
    const importers = execFileSync(
      'git',
      ['grep', '--untracked', '-l', "from 'next/navigation'", '--', 'lib'],
      {
        encoding: 'utf8',
      },
    )
      .split('\n')
      .filter(Boolean);
    const actionFiles = new Set(findServerActionModules());
    expect(
      importers.filter((file) => !actionFiles.has(file) && !MAY_USE_NEXT_CONTROL_FLOW.has(file)),
    ).toEqual([]);
  });
});
