import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The fonts every PDF embeds (subsets only: pdfkit keeps just the glyphs a document uses). In fallback
 * order: Noto Sans (Latin with Polish/Turkish/Vietnamese letters, Cyrillic, Greek), Noto Sans Arabic
 * (Arabic and Urdu, shaped by fontkit), Noto Sans Symbols 2, then monochrome Noto Emoji. All SIL OFL.
 */
const FAMILIES = [
  { name: 'sans', pkg: 'noto-sans', file: 'NotoSans', bold: true },
  { name: 'arabic', pkg: 'noto-sans-arabic', file: 'NotoSansArabic', bold: true },
  { name: 'symbols', pkg: 'noto-sans-symbols-2', file: 'NotoSansSymbols2', bold: false },
  { name: 'emoji', pkg: 'noto-emoji', file: 'NotoEmoji', bold: false },
] as const;

export type FontWeight = 'regular' | 'bold';

export interface PdfFont {
  /** The name the font is registered under in a document, e.g. `arabic-bold`. */
  name: (weight: FontWeight) => string;
  covers: (codePoint: number) => boolean;
  /** Height above the baseline, as a fraction of the font size. */
  ascender: number;
}

interface LoadedFont extends PdfFont {
  faces: { name: string; face: fontkit.Font }[];
}

let loaded: { base: LoadedFont; fallbacks: LoadedFont[] } | undefined;

// Read from the installed packages at run time (the Docker image ships node_modules), once per process:
// every document shares the parsed fonts, as parsing their layout tables costs far more than drawing.
function openFace(pkg: string, style: string, file: string): fontkit.Font {
  const path = join(process.cwd(), 'node_modules/@expo-google-fonts', pkg, style, `${file}_${style}.ttf`);
  return fontkit.create(readFileSync(path)) as fontkit.Font;
}

function open(f: (typeof FAMILIES)[number]): LoadedFont {
  const regular = openFace(f.pkg, '400Regular', f.file);
  return {
    name: (weight: FontWeight) => (f.bold && weight === 'bold' ? `${f.name}-bold` : f.name),
    covers: (cp: number) => regular.hasGlyphForCodePoint(cp),
    ascender: regular.ascent / regular.unitsPerEm,
    faces: [
      { name: f.name, face: regular },
      ...(f.bold ? [{ name: `${f.name}-bold`, face: openFace(f.pkg, '700Bold', f.file) }] : []),
    ],
  };
}

/** Registers the fonts in a new document: `base` (Noto Sans) first, then the rest in fallback order. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): { base: PdfFont; fonts: PdfFont[] } {
  const [first, ...rest] = FAMILIES;
  loaded ??= { base: open(first), fallbacks: rest.map(open) };
  const fonts = [loaded.base, ...loaded.fallbacks];
  // pdfkit takes a parsed fontkit font as well as a file (its types only say files).
  for (const font of fonts)
    for (const { name, face } of font.faces) doc.registerFont(name, face as unknown as Buffer);
  return { base: loaded.base, fonts };
}
