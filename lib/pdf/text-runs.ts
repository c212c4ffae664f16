import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** A stretch of one line drawn in one font, in the order it is drawn (left to right). */
export interface TextRun {
  text: string;
  font: number;
}

// Punctuation, joiners and variation selectors stay in the font already in use when it has them, so
// "Łukasz, 12" or "🙂️" is not split into needless runs. Spaces always go to the first font: each Arabic
// word is then a run of its own (see create-pdf.ts), and readers find the spaces between words.
const NEUTRAL = /[\p{P}\u200c\u200d\ufe00-\ufe0f]/u;
// fontkit shapes these scripts and lays their glyphs out right to left by itself.
export const SHAPED_RTL = /\p{Script=Arabic}/u;

/**
 * Splits one line of text into runs by which font (index into the fallback list `covers`) has each
 * character, and puts the runs in visual order with the Unicode bidi algorithm (bidi-js). Arabic-script
 * runs stay in logical order because fontkit reverses them while shaping; any other right-to-left run
 * (neutrals between Arabic words) is reversed here, with brackets mirrored.
 */
export function textRuns(line: string, covers: ((codePoint: number) => boolean)[]): TextRun[] {
  const levels = bidi.getEmbeddingLevels(line).levels;
  const runs: (TextRun & { level: number })[] = [];
  let index = 0;
  for (const char of line) {
    const cp = char.codePointAt(0) as number;
    const level = levels[index] ?? 0;
    index += char.length;
    const last = runs.at(-1);
    const fits = last && last.level === level && covers[last.font]?.(cp);
    if (fits && (NEUTRAL.test(char) || firstCovering(covers, cp) === last.font)) {
      last.text += char;
      continue;
    }
    runs.push({ text: char, font: firstCovering(covers, cp), level });
  }
  return visualOrder(runs);
}

function firstCovering(covers: ((codePoint: number) => boolean)[], cp: number): number {
  const found = covers.findIndex((has) => has(cp));
  return found === -1 ? 0 : found;
}

// Rule L2 of the bidi algorithm, applied to whole runs: from the highest level down to the lowest odd
// one, reverse every sequence of runs at that level or higher.
function visualOrder(runs: (TextRun & { level: number })[]): TextRun[] {
  const levels = runs.map((r) => r.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  let ordered = runs;
  for (let level = highest; level >= lowestOdd; level--) {
    const next: typeof runs = [];
    let raised: typeof runs = [];
    for (const run of ordered) {
      if (run.level >= level) raised.push(run);
      else {
        next.push(...raised.reverse(), run);
        raised = [];
      }
    }
    ordered = [...next, ...raised.reverse()];
  }
  return ordered.map(({ text, font, level }) => ({
    font,
    text: level % 2 === 1 && !SHAPED_RTL.test(text) ? mirrored(text) : text,
  }));
}

function mirrored(text: string): string {
  return [...text]
    .reverse()
    .map((c) => bidi.getMirroredCharacter(c) ?? c)
    .join('');
}
