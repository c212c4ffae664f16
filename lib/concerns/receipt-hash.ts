// Receipt codes are stored only as a slow, salted hash (argon2id), as GlobaLeaks does, so a copy of the
// database does not let anyone read a reporter's messages.
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id recommendation: 19 MiB, 2 iterations, 1 lane (about 70 ms here).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashReceipt(canonicalCode: string): Promise<string> {
  return hash(canonicalCode, OPTIONS);
}

export async function receiptMatches(storedHash: string, canonicalCode: string): Promise<boolean> {
  try {
    return await verify(storedHash, canonicalCode);
  } catch {
    return false;
  }
}
