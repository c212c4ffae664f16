// npm run operator:grant -- <email> [--name "Their Name"]: makes someone the service operator, who runs
// the deployment (partnerships, email delivery, health) and sees no partnership's cases. An address with
// no staff account gets one when --name is given; its holder sets a password with "Forgotten your password?".
// Exits 0 when they are the operator, 1 on bad input, 2 when it cannot run.
import { parseArgs } from 'node:util';
import { UserFacingError } from '../lib/errors';
import { disconnectDb } from '../lib/db';
import { ConfigurationError } from '../lib/env';
import { grantServiceOperator } from '../lib/operator/grant-service-operator';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    console.error('Usage: npm run operator:grant -- <email> [--name "Their Name"]');
    return 1;
  }
  const result = await grantServiceOperator({ email: positionals[0]!, name: values.name });
  if (result.alreadyOperator) console.log('They are already the service operator. Nothing has changed.');
  else if (result.created)
    console.log(
      'Account made and operator access given. They set a password with "Forgotten your password?".',
    );
  else console.log('Operator access given. They see it the next time they sign in.');
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
        : 'Could not give operator access. Check DATABASE_URL points at the service database.',
    );
    await disconnectDb();
    process.exit(error instanceof UserFacingError ? 1 : 2);
  });
