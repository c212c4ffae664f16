// npm run operator:create-partnership -- --name "…" --slug … --admin-name "…" --admin-email …
//   --host concerns.example.org [--host …] [--front-door-email …] [--nation wales]
// Adds a partnership and emails an invitation to its first administrator (lib/partnerships/
// create-partnership.ts, as the operator's page does). Exits 0 when added, 1 on bad input, 2 when it
// cannot run.
import { parseArgs } from 'node:util';
import { UserFacingError } from '../lib/errors';
import { disconnectDb } from '../lib/db';
import { ConfigurationError } from '../lib/env';
import { createPartnership } from '../lib/partnerships/create-partnership';

const USAGE =
  'Usage: npm run operator:create-partnership -- --name "North Shire Safeguarding Children Partnership" ' +
  '--slug north-shire --admin-name "Ada Admin" --admin-email ada@north-shire.example ' +
  '--host concerns.north-shire.example [--host …] [--front-door-email mash@north-shire.example] [--nation wales]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-email': { type: 'string' },
      'front-door-email': { type: 'string' },
      host: { type: 'string', multiple: true },
      nation: { type: 'string' },
    },
  });
  const { name, slug } = values;
  const adminName = values['admin-name'];
  const adminEmail = values['admin-email'];
  if (!name || !slug || !adminName || !adminEmail || !values.host?.length) {
    console.error(USAGE);
    return 1;
  }
  const input = {
    name,
    slug,
    adminName,
    adminEmail,
    hostnames: values.host.join(' '),
    frontDoorEmail: values['front-door-email'] ?? '',
    // Checked by createPartnership, like every other value here.
    ...(values.nation ? { nation: values.nation as 'england' | 'wales' } : {}),
  };
  await createPartnership(null, input);
  console.log(`Added ${name}. An invitation has been emailed to its first administrator.`);
  return 0;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(
      error instanceof UserFacingError || error instanceof ConfigurationError || error instanceof TypeError
        ? error.message
        : 'Could not add the partnership. Check DATABASE_URL points at the service database.',
    );
    await disconnectDb();
    process.exit(error instanceof UserFacingError ? 1 : 2);
  });
