import pg from 'pg';

export interface SentStatement {
  text: string;
  values: unknown[];
}

/**
 * Every statement sent to Postgres while `work` runs, from every pool of the process, caught where the
 * driver writes it: a parsed statement with the values bound to it, or a simple query (BEGIN, COMMIT). The
 * pools' clients bind their query method when they connect, so the connection is where all of them pass.
 * A count is not a timing: a test may pin it. Run nothing else at the same time.
 */
export async function statementsSent<T>(
  work: () => Promise<T>,
): Promise<{ result: T; sent: SentStatement[] }> {
  const sent: SentStatement[] = [];
  const connection = pg.Connection.prototype as unknown as {
    parse: (statement: { text: string }, ...rest: unknown[]) => void;
    bind: (config: { values?: unknown[] }, ...rest: unknown[]) => void;
    query: (text: string, ...rest: unknown[]) => void;
  };
  const { parse, bind, query } = connection;
  connection.parse = function (this: unknown, statement, ...rest) {
    sent.push({ text: statement.text, values: [] });
    return parse.call(this, statement, ...rest);
  };
  connection.bind = function (this: unknown, config, ...rest) {
    const last = sent.at(-1);
    if (last && last.values.length === 0) last.values = config.values ?? [];
    return bind.call(this, config, ...rest);
  };
  connection.query = function (this: unknown, text, ...rest) {
    sent.push({ text, values: [] });
    return query.call(this, text, ...rest);
  };
  try {
    return { result: await work(), sent };
  } finally {
    Object.assign(connection, { parse, bind, query });
  }
}

/** How many of the statements are `verb` (INSERT, SELECT…) on `table`, as Prisma names it. */
export function onTable(sent: SentStatement[], verb: string, table: string): number {
  return sent.filter((s) => s.text.trimStart().startsWith(verb) && s.text.includes(`"${table}"`)).length;
}

/** The first words of each statement, to print when a pinned count fails. */
export const outline = (sent: SentStatement[]) => sent.map((s) => s.text.trim().slice(0, 70));
