// The resident memory (VmRSS) of the process that serves the app, read from /proc (Linux). The bench
// launches scripts/start.ts through tsx, which starts the server (scripts/serve.ts) as a grandchild: the
// server is found among the launched process's descendants by its command line.
import { readFileSync } from 'node:fs';

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The descendant of `root` (or root itself) whose command line names `script`, if it is running. */
export function findProcess(root: number, script: string): number | undefined {
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift() as number;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script)) return pid;
    } catch {
      continue;
    }
    queue.push(...children(pid));
  }
  return undefined;
}

/** Resident memory in MiB, or NaN once the process has gone. */
export function residentMiB(pid: number): number {
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
