/**
 * The theme's tokens (src/taskpane/theme): from Office's palettes, the system's dark one and odd
 * or random palettes, every contrast rule holds when measured by the tests' own WCAG helper;
 * a dark palette gives a dark page; Office's theme is read and its event registered without
 * anything escaping from a host that lacks them.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parseHex, toHex, type Rgb } from "../../src/taskpane/theme/color";
import {
  listenForThemeEvent,
  readOfficePalette,
  type OfficeThemeColors,
} from "../../src/taskpane/theme/officeTheme";
import {
  CONTRAST_RULES,
  deriveTheme,
  SYSTEM_DARK,
  type Theme,
  type ThemePalette,
} from "../../src/taskpane/theme/tokens";
import { contrastRatio, luminance, parseColor } from "../support/contrast";

const palette = (bg: string, fg: string, cbg = bg, cfg = fg): ThemePalette => ({
  background: parseHex(bg)!,
  foreground: parseHex(fg)!,
  controlBackground: parseHex(cbg)!,
  controlForeground: parseHex(cfg)!,
});

/** Office-like palettes (illustrative stubs of White, Colorful, Dark Gray and Black) and odd ones. */
const PALETTES: Record<string, ThemePalette> = {
  white: palette("#ffffff", "#000000", "#ffffff", "#262626"),
  colorful: palette("#e6e6e6", "#262626", "#ffffff", "#262626"),
  darkGray: palette("#666666", "#ffffff", "#444444", "#ffffff"),
  black: palette("#262626", "#ffffff", "#333333", "#ffffff"),
  systemDark: SYSTEM_DARK,
  // Office's colours need not be kind: grey on grey, a light control on a dark page, colour.
  greyOnGrey: palette("#3c3c3c", "#777777", "#3c3c3c", "#777777"),
  lightControlOnDark: palette("#202020", "#e0e0e0", "#f0f0f0", "#101010"),
  midGrey: palette("#767676", "#000000", "#767676", "#000000"),
  navy: palette("#0b1f3a", "#cfe3ff", "#15335c", "#ffffff"),
  cream: palette("#fff8e0", "#5a4a00", "#fff0c0", "#3a2f00"),
  sameColours: palette("#808080", "#808080"),
};

/** Every rule of CONTRAST_RULES that the theme breaks, measured by test/support/contrast.ts. */
function broken(theme: Theme): string[] {
  const out: string[] = [];
  for (const rule of CONTRAST_RULES)
    for (const bg of rule.against) {
      const ratio = contrastRatio(theme.tokens[rule.token], theme.tokens[bg]);
      if (ratio < rule.min)
        out.push(
          `${rule.token} ${theme.tokens[rule.token]} on ${bg} ${theme.tokens[bg]}: ${ratio.toFixed(2)}`
        );
    }
  return out;
}

describe("deriveTheme", () => {
  it.each(Object.entries(PALETTES))("keeps every contrast rule for the %s palette", (_, p) => {
    expect(broken(deriveTheme(p))).toEqual([]);
  });

  it("gives a dark page and light text for the dark palettes, a light page for the light ones", () => {
    for (const name of ["darkGray", "black", "systemDark", "greyOnGrey", "navy"]) {
      const theme = deriveTheme(PALETTES[name]!);
      expect(theme.scheme, name).toBe("dark");
      expect(luminance(parseColor(theme.tokens.colorNeutralBackground1)), name).toBeLessThan(0.11);
      expect(luminance(parseColor(theme.tokens.colorNeutralForeground1)), name).toBeGreaterThan(
        0.5
      );
      expect(luminance(parseColor(theme.tokens.colorControlBackground)), name).toBeLessThan(0.11);
    }
    for (const name of ["white", "colorful", "cream"])
      expect(deriveTheme(PALETTES[name]!).scheme, name).toBe("light");
  });

  it("follows Office's colours where they are readable", () => {
    const black = deriveTheme(PALETTES["black"]!).tokens;
    expect(black.colorNeutralBackground1).toBe("#262626");
    expect(black.colorNeutralForeground1).toBe("#ffffff");
    expect(black.colorControlBackground).toBe("#333333");
    const white = deriveTheme(PALETTES["white"]!).tokens;
    expect(white.colorNeutralBackground1).toBe("#ffffff");
    expect(white.colorBrandForeground1).toBe("#107c41"); // Excel green, as the stylesheet
    expect(white.colorBrandBackground).toBe("#107c41");
    expect(white.colorNeutralForegroundOnBrand).toBe("#ffffff");
  });

  it("adjusts what Office gives when it is not readable", () => {
    const grey = deriveTheme(PALETTES["greyOnGrey"]!).tokens;
    expect(
      contrastRatio(grey.colorNeutralForeground1, grey.colorNeutralBackground1)
    ).toBeGreaterThanOrEqual(4.5);
    expect(grey.colorNeutralForeground1).not.toBe("#777777");
    // Dark Gray's mid-grey page is deepened until text can reach 7:1 on it.
    const dark = deriveTheme(PALETTES["darkGray"]!).tokens;
    expect(contrastRatio(dark.colorNeutralBackground1, "#ffffff")).toBeGreaterThanOrEqual(7);
    // A light control on a dark page is not used: the controls take the page's colour.
    const light = deriveTheme(PALETTES["lightControlOnDark"]!).tokens;
    expect(light.colorControlBackground).toBe(light.colorNeutralBackground1);
  });

  it("keeps every contrast rule for any palette (property)", () => {
    const color = fc
      .tuple(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 })
      )
      .map(([r, g, b]): Rgb => ({ r, g, b }));
    fc.assert(
      fc.property(
        color,
        color,
        color,
        color,
        (background, foreground, controlBackground, controlForeground) => {
          const theme = deriveTheme({
            background,
            foreground,
            controlBackground,
            controlForeground,
          });
          expect(broken(theme), toHex(background) + " " + toHex(foreground)).toEqual([]);
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("readOfficePalette", () => {
  const black: OfficeThemeColors = {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#333333",
    controlForegroundColor: "#FFFFFF",
  };
  it("reads Office's four colours", () => {
    expect(readOfficePalette(() => black)).toEqual(
      palette("#262626", "#ffffff", "#333333", "#ffffff")
    );
  });
  it("falls back to the body colours for missing control colours", () => {
    const p = readOfficePalette(() => ({
      bodyBackgroundColor: "#000",
      bodyForegroundColor: "#fff",
    }));
    expect(p).toEqual(palette("#000000", "#ffffff"));
  });
  it("gives null without a theme, with a theme that is not colours, or when reading throws", () => {
    expect(readOfficePalette(() => undefined)).toBeNull();
    expect(readOfficePalette(() => ({ ...black, bodyBackgroundColor: "dark" }))).toBeNull();
    expect(
      readOfficePalette(() => {
        throw new Error("GetOfficeThemeInfo failed");
      })
    ).toBeNull();
  });
});

describe("listenForThemeEvent", () => {
  const types = { DocumentThemeChanged: "documentThemeChanged" as unknown as Office.EventType };
  it("registers the handler for DocumentThemeChanged where the host has it", () => {
    const addHandlerAsync = vi.fn();
    const handler = () => undefined;
    listenForThemeEvent({ addHandlerAsync }, types, handler);
    expect(addHandlerAsync).toHaveBeenCalledWith(
      "documentThemeChanged",
      handler,
      expect.any(Function)
    );
  });
  it("lets nothing escape from a host that throws, lacks the method or the event", () => {
    const throwing = () => {
      throw new Error("event not supported");
    };
    expect(() =>
      listenForThemeEvent({ addHandlerAsync: throwing }, types, () => undefined)
    ).not.toThrow();
    expect(() => listenForThemeEvent({}, types, () => undefined)).not.toThrow();
    expect(() => listenForThemeEvent(undefined, undefined, () => undefined)).not.toThrow();
    const addHandlerAsync = vi.fn();
    listenForThemeEvent({ addHandlerAsync }, {}, () => undefined);
    expect(addHandlerAsync).not.toHaveBeenCalled();
  });
});
