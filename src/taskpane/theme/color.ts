/**
 * sRGB colours for the theme: parse Office's "#RRGGBB" triplets, WCAG 2.1 relative luminance and
 * contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), mixing, and the nearest
 * colour that reaches a contrast ratio against every given background.
 */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

export const WHITE: Rgb = { r: 255, g: 255, b: 255 };
export const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/** "#RRGGBB" or "#RGB" (any case, optional "#"), else null. */
export function parseHex(text: unknown): Rgb | null {
  if (typeof text !== "string") return null;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (m === null) return null;
  const hex = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  const n = parseInt(hex, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function toHex({ r, g, b }: Rgb): string {
  const part = (v: number): string =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, "0");
  return `#${part(r)}${part(g)}${part(b)}`;
}

export function luminance({ r, g, b }: Rgb): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `a` moved a fraction `t` (0…1) of the way to `b`, rounded to whole channel values. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const at = (x: number, y: number): number => Math.round(x + (y - x) * t);
  return { r: at(a.r, b.r), g: at(a.g, b.g), b: at(a.b, b.b) };
}

const worst = (color: Rgb, backgrounds: readonly Rgb[]): number =>
  Math.min(...backgrounds.map((bg) => contrast(color, bg)));

/**
 * `color` itself if it has at least `min`:1 against every background; else the least change that
 * does: `color` mixed towards `toward` (white on a dark surface, black on a light one), or towards
 * the other extreme when that way cannot reach it. When neither can, the extreme that comes closest.
 */
export function ensureContrast(
  color: Rgb,
  backgrounds: readonly Rgb[],
  min: number,
  toward: Rgb
): Rgb {
  if (worst(color, backgrounds) >= min) return color;
  const other = toward === WHITE ? BLACK : WHITE;
  for (const end of [toward, other]) {
    if (worst(end, backgrounds) < min) continue;
    // Bisection on the mixing fraction: the smallest step that reaches `min`.
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (worst(mix(color, end, mid), backgrounds) >= min) hi = mid;
      else lo = mid;
    }
    const found = mix(color, end, hi);
    if (worst(found, backgrounds) >= min) return found;
    return end;
  }
  return worst(WHITE, backgrounds) >= worst(BLACK, backgrounds) ? WHITE : BLACK;
}
