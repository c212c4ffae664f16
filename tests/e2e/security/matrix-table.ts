// The access matrix as a table a reader of the CI log can scan: one line per request, one column per person.
export interface Cell {
  probe: string;
  who: string;
  expected: string;
  got: string;
  problems: string[];
}

export function matrixTable(cells: Cell[], columns: readonly string[]): string {
  const probes = [...new Set(cells.map((c) => c.probe))];
  const width = Math.max(...probes.map((p) => p.length));
  const cellText = (c: Cell | undefined) =>
    !c ? '' : c.problems.length ? `✗ ${c.got} (want ${c.expected})` : c.got;
  const lines = [
    `| ${'request'.padEnd(width)} | ${columns.join(' | ')} |`,
    `| ${'-'.repeat(width)} | ${columns.map((c) => '-'.repeat(c.length)).join(' | ')} |`,
  ];
  for (const probe of probes) {
    const row = columns.map((who) =>
      cellText(cells.find((c) => c.probe === probe && c.who === who)).padEnd(who.length),
    );
    lines.push(`| ${probe.padEnd(width)} | ${row.join(' | ')} |`);
  }
  return lines.join('\n');
}
