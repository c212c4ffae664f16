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
