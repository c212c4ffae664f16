import 'server-only';
import { availableParallelism } from 'node:os';

// Every receipt check is an argon2 verify (about 70 ms of one core, on libuv's four-thread pool, which a
// parent's report needs for its own receipt hash and staff need for sign-in). A flood of checks must not
// queue in front of those: this process runs at most half its cores' worth of checks at once, lets a few
// more wait, and refuses the rest at once. Per process is service-wide enough: the CPU being protected is
// per process (each instance has its own cores and thread pool), and the per-address limit in Postgres
// already bounds each sender across all instances.
export const AT_ONCE = Math.max(1, Math.floor(availableParallelism() / 2));
export const WAITING = 4 * AT_ONCE;

let running = 0;
const waiting: (() => void)[] = [];

/** Runs a receipt check when a slot is free; null at once, without running it, when too many are waiting. */
export async function withReceiptSlot<T>(check: () => Promise<T>): Promise<T | null> {
  if (running < AT_ONCE) running += 1;
  else if (waiting.length < WAITING) await new Promise<void>((turn) => waiting.push(turn));
  else return null;
  try {
    return await check();
  } finally {
    // Hand the slot straight to the next in line, so a newcomer cannot overtake the queue.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
