// Reads docker-compose.yml and the Dockerfile as Docker would, for the deployment test. No YAML library
// is a dependency, so this parses the small subset the compose file uses (nested maps, block and flow
// lists of scalars, quoted and plain scalars, whole-line comments) and refuses anything else rather than
// guess: a compose file that grows anchors or multi-line strings fails the test loudly, not silently.
import { readFileSync } from 'node:fs';

type Yaml = string | Yaml[] | { [key: string]: Yaml };

export interface ComposeService {
  build?: Yaml;
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  [key: string]: Yaml | undefined;
}

function scalar(raw: string, where: string): string {
  const text = raw.trim();
  if (/^[&*!|>]/.test(text)) throw new Error(`Unsupported YAML at ${where}: ${text}`);
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2)
    return text.slice(1, -1).replaceAll("''", "'");
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) return JSON.parse(text) as string;
  return text;
}

function flowList(raw: string, where: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const ch of raw.trim().slice(1, -1)) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      items.push(scalar(current, where));
      current = '';
    } else current += ch;
  }
  if (current.trim()) items.push(scalar(current, where));
  return items;
}

function value(raw: string, where: string): Yaml {
  const text = raw.trim();
  if (text.startsWith('[')) return flowList(text, where);
  if (text.startsWith('{')) throw new Error(`Unsupported YAML at ${where}: ${text}`);
  return scalar(text, where);
}

/** Parses the block starting at `lines[start]`, whose lines are indented exactly `indent`. */
function block(lines: { indent: number; text: string; n: number }[], start: number, indent: number) {
  let i = start;
  const first = lines[i];
  if (first?.text.startsWith('- ')) {
    const list: Yaml[] = [];
    while (i < lines.length && lines[i]!.indent === indent && lines[i]!.text.startsWith('- ')) {
      list.push(value(lines[i]!.text.slice(2), `line ${lines[i]!.n}`));
      i += 1;
    }
    return { node: list as Yaml, next: i };
  }
  const map: Record<string, Yaml> = {};
  while (i < lines.length && lines[i]!.indent === indent) {
    const { text, n } = lines[i]!;
    const match = /^([A-Za-z0-9_.-]+):(?:\s+(.*))?$/.exec(text);
    if (!match) throw new Error(`Unsupported YAML at line ${n}: ${text}`);
    const [, key, rest] = match as unknown as [string, string, string | undefined];
    i += 1;
    if (rest !== undefined && rest.trim() !== '') {
      map[key] = value(rest, `line ${n}`);
    } else if (i < lines.length && lines[i]!.indent > indent) {
      const child = block(lines, i, lines[i]!.indent);
      map[key] = child.node;
      i = child.next;
    } else map[key] = '';
  }
  if (i < lines.length && lines[i]!.indent > indent)
    throw new Error(`Unexpected indentation at line ${lines[i]!.n}`);
  return { node: map as Yaml, next: i };
}

export function parseYamlSubset(source: string): Yaml {
  const lines = source
    .split('\n')
    .map((line, index) => ({ line, n: index + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map(({ line, n }) => {
      if (line.includes('\t')) throw new Error(`Tabs are not YAML indentation (line ${n})`);
      if (/\s#/.test(line.replace(/'[^']*'|"[^"]*"/g, '')))
        throw new Error(`Unsupported comment after a value at line ${n}`);
      return { indent: line.length - line.trimStart().length, text: line.trim(), n };
    });
  const { node, next } = block(lines, 0, 0);
  if (next !== lines.length) throw new Error(`Could not read line ${lines[next]!.n}`);
  return node;
}

/**
 * Compose's variable substitution: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error},
 * and $$ for a dollar sign. A required variable that is missing throws, as `docker compose up` refuses.
 */
export function interpolate(text: string, given: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g,
    (whole, name: string | undefined, colon: string, op: string | undefined, arg: string) => {
      if (whole === '$$') return '$';
      const set = given[name!];
      const missing = colon ? !set : set === undefined;
      if (!missing) return set!;
      if (op === '-') return arg;
      if (op === '?') throw new Error(`docker compose would refuse: ${name} is required (${arg})`);
      return '';
    },
  );
}

export function readComposeServices(path = 'docker-compose.yml'): Record<string, ComposeService> {
  const file = parseYamlSubset(readFileSync(path, 'utf8')) as { services: Record<string, ComposeService> };
  return file.services;
}

/** The environment a service's container gets from the file, given the operator's .env. */
export function serviceEnvironment(
  service: ComposeService,
  given: Record<string, string | undefined>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([key, raw]) => [key, interpolate(String(raw), given)]),
  );
}

/** The final stage's ENV and CMD: what every container built from the Dockerfile starts with. */
export function readDockerfileRuntime(path = 'Dockerfile'): { env: Record<string, string>; cmd: string[] } {
  const lines = readFileSync(path, 'utf8').split('\n');
  const lastFrom = lines.findLastIndex((line) => /^FROM\s/i.test(line));
  const stage = lines.slice(lastFrom);
  const env: Record<string, string> = {};
  for (const line of stage.filter((l) => /^ENV\s/i.test(l))) {
    for (const pair of line
      .replace(/^ENV\s+/i, '')
      .trim()
      .split(/\s+/)) {
      const [key, ...rest] = pair.split('=');
      if (!key || rest.length === 0) throw new Error(`Unsupported ENV line: ${line}`);
      env[key] = rest.join('=');
    }
  }
  const cmdLine = stage.findLast((l) => /^CMD\s/i.test(l));
  if (!cmdLine) throw new Error('The Dockerfile has no CMD');
  return { env, cmd: JSON.parse(cmdLine.replace(/^CMD\s+/i, '')) as string[] };
}
