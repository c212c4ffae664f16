// A partnership's header colour: #rrggbb, dark enough that the white writing on it can be read (WCAG 2.2
// contrast of at least 4.5 to 1, the level for normal-size text). No 'server-only': the form's schema
// (branding-schema.ts) uses it on both sides.

export const BRAND_COLOUR = /^#[0-9a-f]{6}$/;
export const MIN_CONTRAST_WITH_WHITE = 4.5;

/** The WCAG contrast ratio between white and a #rrggbb colour: 1 (white) to 21 (black). */
export function contrastWithWhite(colour: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

/**
 * The style sheet that paints the public header bar in the partnership's colour, or null. The colour was
 * checked when saved; it is checked again here because it is written into CSS. `html` makes the rule win
 * over the site's own `.app-header` whichever style sheet the browser reads last.
 */
export function headerStyle(colour: string | null): string | null {
  return colour && BRAND_COLOUR.test(colour) ? `html .app-header{background-color:${colour}}` : null;
}
