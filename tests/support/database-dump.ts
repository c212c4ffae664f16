// The nearest real thing to `pg_dump` on this machine (Debian's pg_dump 15 refuses a Postgres 18 server):
// every table of every schema but the system catalogues, each sent by the server with COPY … TO STDOUT,
// the same protocol and text format pg_dump uses for data.
import pg from 'pg';

type CopyConnection = { on(event: 'copyData', fn: (msg: { chunk: Buffer }) => void): void };

export async function dumpAllTables(url: string): Promise<{ tables: string[]; text: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const chunks: Buffer[] = [];
  (client as unknown as { connection: CopyConnection }).connection.on('copyData', (msg) =>
    chunks.push(Buffer.from(msg.chunk)),
  );
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'm')
         AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
       ORDER BY 1`,
    );
    for (const { name } of rows) await client.query(`COPY ${name} TO STDOUT`);
    return { tables: rows.map((r) => r.name), text: Buffer.concat(chunks).toString('utf8') };
  } finally {
    await client.end();
  }
}
