// Runs the Prisma CLI offline: node scripts/db/prisma.mjs generate | format | validate.
// The CLI insists on locating a native schema engine before it does anything, and downloads one when none
// is found (which cannot work here). generate, format and validate do not use that engine, so we point the
// CLI at a stub. Migrations use the WebAssembly schema engine instead (lib/database/schema-engine.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stubDir = join(process.cwd(), 'node_modules', '.cache', 'prisma-stub');
const stub = join(stubDir, 'schema-engine');
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, '#!/bin/sh\necho "offline stub: use npm run db:migrate" >&2\nexit 1\n');
  chmodSync(stub, 0o755);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const result = spawnSync(
  process.execPath,
  [
    join('node_modules', 'prisma', 'build', 'index.js'),
    ...(process.argv.length > 2 ? process.argv.slice(2) : ['generate']),
  ],
  {
    stdio: 'inherit',
    env,
  },
);
process.exit(result.status ?? 1);
