// npm run audit:verify: checks that the audit trail has not been changed since it was written. Exits 0 when
// the chain is whole, 1 naming the first broken link, 2 when it cannot run.
import { disconnectDb, getDb } from '../lib/db';
import { ConfigurationError } from '../lib/env';
import { verifyAuditChain } from '../lib/audit/verify-audit-chain';

async function main(): Promise<number> {
  const report = await verifyAuditChain(getDb());
  if (report.firstBroken) {
    const { id, chainPosition, reason } = report.firstBroken;
    console.error(
      `The audit trail is broken at entry ${id} (position ${chainPosition} in the chain): ${reason}. ` +
        `${report.checked} entries before it are intact.`,
    );
    return 1;
  }
  console.log(`The audit trail is intact: ${report.checked} entries checked.`);
  if (report.purgedThrough !== null)
    console.log(
      `Entries up to position ${report.purgedThrough} were deleted by the retention policy; the chain is checked from there.`,
    );
  if (report.unchained)
    console.log(`${report.unchained} entries from before the chain existed were skipped.`);
  if (report.headHash)
    console.log(`Newest hash (keep a copy elsewhere to detect a rewrite): ${report.headHash}`);
  return 0;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(
      error instanceof ConfigurationError
        ? error.message
        : 'Could not read the audit trail. Check DATABASE_URL points at the service database.',
    );
    await disconnectDb();
    process.exit(2);
  });
