import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// app/ holds routes only: pages and actions call lib/ verbs and never query the database themselves.
// The rule lives in eslint.config.mjs so `npm run lint` fails the moment a route imports the client again;
// this test fails if that rule is weakened or removed.
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('app/ reaches the database only through lib/', () => {
  it.each([
    ["import { getDb } from '@/lib/db';", 'app/cases/page.tsx'],
    ["import type { Db } from '@/lib/db';", 'app/admin/delivery/actions.ts'],
    [
      "import type { Platform } from '@/lib/generated/prisma/client';",
      'app/admin/platforms/platform-fields.ts',
    ],
    ["import type { ConcernStatus } from '@/lib/generated/prisma/enums';", 'app/cases/case-table.tsx'],
    ["import { getDb } from '../../lib/db';", 'app/trends/advice/page.tsx'],
  ])('refuses %s in %s', async (code, filePath) => {
    expect(await restrictedImports(filePath, `${code}\nexport const x = 1;\n`)).not.toEqual([]);
  });

  it('still lets lib/ use the client', async () => {
    expect(
      await restrictedImports(
        'lib/schools/list-schools.ts',
        "import { getDb } from '@/lib/db';\nexport const x = getDb;\n",
      ),
    ).toEqual([]);
  });
});
