// The benches' command-line options: `--name=value`, or for a list of sizes also a bare first argument.
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

export function numberArg(name: string, fallback: number): number {
  return Number(option(name) ?? fallback);
}

/** `--concerns=1000000,10000000` (or `1000000,10000000` as the first argument): each size in turn. */
export function sizesArg(fallback: string): number[] {
  return (option('concerns') ?? process.argv[2] ?? fallback).split(',').map(Number);
}

/** `--name=value` as text, or undefined when not given. */
export function textArg(name: string): string | undefined {
  return option(name);
}
