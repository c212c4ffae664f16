import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PhoneLink } from '@/components/phone-link';

// The numbers the public pages give: emergencies, the police, the NSPCC helpline and Childline.
const NUMBER = /\b(999|101|0808 800 5000|0800 1111)\b/;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

describe('phone numbers on the public pages', () => {
  it('dial when tapped', () => {
    expect(renderToStaticMarkup(createElement(PhoneLink, { number: '0808 800 5000' }))).toBe(
      '<a class="govuk-link" href="tel:08088005000">0808 800 5000</a>',
    );
  });

  it('are each a tap-to-call link, wherever a parent reads one', () => {
    const files = [...pages('app/(public)'), ...pages('app/warnings'), 'app/error.tsx', 'app/not-found.tsx'];
    const bare = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/title:|<title|metadata/.test(line))
        .map((line) => line.replace(/<PhoneLink number="[^"]*" \/>/g, '').replace(/<h1[^>]*>.*<\/h1>/, ''))
        .filter((line) => NUMBER.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(bare).toEqual([]);
  });
});
