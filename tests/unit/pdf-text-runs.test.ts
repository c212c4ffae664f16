import { describe, expect, it } from 'vitest';
import { textRuns } from '@/lib/pdf/text-runs';

// Two fake fonts: 0 has Latin and digits, 1 has Arabic script (and spaces and punctuation, as fonts do).
const latin = (cp: number) => cp < 0x250;
const arabic = (cp: number) => (cp >= 0x600 && cp <= 0x6ff) || cp === 0x20 || cp === 0x2c;
const runs = (text: string) => textRuns(text, [latin, arabic]);

describe('splitting a line into font runs in drawing order', () => {
  it('keeps a Latin line in one run', () => {
    expect(runs('Łukasz, age 12')).toEqual([{ text: 'Łukasz, age 12', font: 0 }]);
  });

  it('gives each Arabic word its own run, the spaces to the first font, and right-to-left order', () => {
    // میرا بیٹا inside an English sentence: drawn as بیٹا (space) میرا from the left.
    expect(runs('Son: میرا بیٹا ok')).toEqual([
      { text: 'Son: ', font: 0 },
      { text: 'بیٹا', font: 1 },
      { text: ' ', font: 0 },
      { text: 'میرا', font: 1 },
      { text: ' ok', font: 0 },
    ]);
  });

  it('keeps numbers left to right inside Arabic text', () => {
    expect(runs('مرحبا 12 مرحبا').map((r) => r.text)).toEqual(['مرحبا', ' ', '12', ' ', 'مرحبا']);
  });
});
