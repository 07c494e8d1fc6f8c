/**
 * The pane's colour tokens (the CSS custom properties of taskpane.css) derived from a palette:
 * Office's theme colours, or a fixed dark palette when the system asks for dark and Office gives
 * none. Office's colours are followed, then adjusted where needed so that every rule in
 * CONTRAST_RULES holds whatever Office reports: text ≥ 4.5:1 on every surface it can sit on,
 * control borders, focus rings and the progress fill ≥ 3:1 (WCAG 1.4.3, 1.4.11).
 */
import {
  BLACK,
  contrast,
  ensureContrast,
  luminance,
  mix,
  parseHex,
  toHex,
  WHITE,
  type Rgb,
} from "./color";

/** Body and control colours, as Office.context.officeTheme reports them. */
export interface ThemePalette {
  readonly background: Rgb;
  readonly foreground: Rgb;
  readonly controlBackground: Rgb;
  readonly controlForeground: Rgb;
}

/** The dark palette for a pane outside Office (or an Office without a theme) on a dark system. */
export const SYSTEM_DARK: ThemePalette = {
  background: parseHex("#1f1f1f")!,
  foreground: parseHex("#ffffff")!,
  controlBackground: parseHex("#292929")!,
  controlForeground: parseHex("#ffffff")!,
};

/** Surfaces: what text and controls are drawn on. */
const SURFACES = [
  "colorNeutralBackground1",
  "colorNeutralBackground2",
  "colorNeutralBackground3",
  "colorNeutralBackground1Hover",
  "colorControlBackground",
  "colorControlBackgroundHover",
  "colorBrandBackground2",
  "colorPaletteRedBackground1",
  "colorPaletteGreenBackground1",
  "colorPaletteYellowBackground1",
] as const;

/** Surfaces a control's border or a focus ring lies on (the page, the header, a card, a KPI). */
const GROUNDS = [
  "colorNeutralBackground1",
  "colorNeutralBackground2",
  "colorNeutralBackground3",
] as const;

const BRAND_FILLS = [
  "colorBrandBackground",
  "colorBrandBackgroundHover",
  "colorBrandBackgroundPressed",
] as const;

export type TokenName =
  | (typeof SURFACES)[number]
  | (typeof BRAND_FILLS)[number]
  | "colorNeutralForeground1"
  | "colorNeutralForeground2"
  | "colorNeutralForeground3"
  | "colorControlForeground"
  | "colorBrandForeground1"
  | "colorPaletteRedForeground1"
  | "colorPaletteGreenForeground1"
  | "colorPaletteDarkOrangeForeground1"
  | "colorNeutralForegroundOnBrand"
  | "colorNeutralStrokeControl"
  | "colorNeutralStrokeAccessible"
  | "colorBrandStroke1"
  | "colorStrokeFocus1"
  | "colorStrokeFocus2"
  | "colorNeutralStroke1"
  | "colorNeutralStroke2"
  | "colorPaletteRedBorder1"
  | "colorPaletteGreenBorder1"
  | "colorPaletteYellowBorder1";

export interface ContrastRule {
  readonly token: TokenName;
  readonly against: readonly TokenName[];
  readonly min: number;
}

/** In the order they are applied: a rule's backgrounds are settled before its colour is. */
export const CONTRAST_RULES: readonly ContrastRule[] = [
  ...(
    [
      "colorNeutralForeground1",
      "colorNeutralForeground2",
      "colorNeutralForeground3",
      "colorControlForeground",
      "colorBrandForeground1",
      "colorPaletteRedForeground1",
      "colorPaletteGreenForeground1",
      "colorPaletteDarkOrangeForeground1",
    ] as const
  ).map((token) => ({ token, against: SURFACES, min: 4.5 })),
  { token: "colorBrandStroke1", against: [...GROUNDS, "colorControlBackground"], min: 3 },
  { token: "colorNeutralStrokeControl", against: [...GROUNDS, "colorControlBackground"], min: 3 },
  {
    token: "colorNeutralStrokeAccessible",
    against: [...GROUNDS, "colorControlBackground"],
    min: 3,
  },
  // The ring is drawn 2 px outside the control, on whatever surface holds it.
  { token: "colorStrokeFocus2", against: SURFACES, min: 3 },
  // The brand fills (primary button, progress bar) stand out from the page and the bar's track;
  // their text (black on a dark page, white on a light one, so that both rules push the fill the
  // same way) reads on them.
  ...BRAND_FILLS.flatMap((token) => [
    { token, against: [...GROUNDS, "colorNeutralStroke2" as const], min: 3 },
    { token, against: ["colorNeutralForegroundOnBrand" as const], min: 4.5 },
  ]),
];

export interface Theme {
  readonly scheme: "light" | "dark";
  /** Every token's value, "#rrggbb". */
  readonly tokens: Readonly<Record<TokenName, string>>;
  /** --shadow2: a card's edge (a shadow is invisible on a dark page, so a 1 px ring there). */
  readonly shadow: string;
}

/** Fluent 2's colours for each scheme: where each token starts before it is adjusted. */
const START = {
  light: {
    brand: "#107c41",
    red: "#bc2f32",
    green: "#0e700e",
    orange: "#c43501",
    strokeControl: "#8a8a8a",
    strokeAccessible: "#616161",
  },
  dark: {
    brand: "#55b17e",
    red: "#dc626d",
    green: "#54b054",
    orange: "#e9835e",
    strokeControl: "#8a8a8a",
    strokeAccessible: "#adadad",
  },
} as const;

/** How far the primary button's hover and pressed fills step away from its fill. */
const STATE_STEP: Partial<Record<TokenName, number>> = {
  colorBrandBackgroundHover: 0.12,
  colorBrandBackgroundPressed: 0.25,
};

export function deriveTheme(palette: ThemePalette): Theme {
  const dark = luminance(palette.background) < luminance(palette.foreground);
  const scheme = dark ? "dark" : "light";
  /** Where a colour goes to stand out from the page: lighter on a dark page, darker on a light. */
  const away = dark ? WHITE : BLACK;
  const start = START[scheme];
  const hex = (text: string): Rgb => parseHex(text)!;
  // The page leaves room for text: at least 7:1 is possible against it (a mid-grey is deepened).
  const page = ensureContrast(palette.background, [away], 7, dark ? BLACK : WHITE);
  const text = palette.foreground;
  // Office's control colour when it is a surface of the same kind as the page, else the page.
  const sameSide = luminance(palette.controlBackground) < luminance(text) === dark;
  const control =
    sameSide && contrast(palette.controlBackground, away) >= 7 ? palette.controlBackground : page;

  const v: Record<TokenName, Rgb> = {
    colorNeutralBackground1: page,
    colorNeutralBackground2: mix(page, text, 0.03),
    colorNeutralBackground3: mix(page, text, 0.06),
    colorNeutralBackground1Hover: mix(page, text, 0.06),
    colorControlBackground: control,
    colorControlBackgroundHover: mix(control, text, 0.06),
    colorBrandBackground2: mix(control, hex(start.brand), dark ? 0.2 : 0.08),
    colorPaletteRedBackground1: mix(page, hex(start.red), dark ? 0.16 : 0.05),
    colorPaletteGreenBackground1: mix(page, hex(start.green), dark ? 0.14 : 0.06),
    colorPaletteYellowBackground1: mix(page, hex(start.orange), dark ? 0.14 : 0.04),
    colorNeutralForeground1: text,
    colorNeutralForeground2: mix(text, page, 0.15),
    colorNeutralForeground3: mix(text, page, 0.3),
    colorControlForeground: palette.controlForeground,
    colorBrandForeground1: hex(start.brand),
    colorPaletteRedForeground1: hex(start.red),
    colorPaletteGreenForeground1: hex(start.green),
    colorPaletteDarkOrangeForeground1: hex(start.orange),
    colorNeutralStrokeControl: hex(start.strokeControl),
    colorNeutralStrokeAccessible: hex(start.strokeAccessible),
    colorBrandStroke1: hex(start.brand),
    colorStrokeFocus1: page,
    colorStrokeFocus2: text,
    colorBrandBackground: hex(START.light.brand),
    colorBrandBackgroundHover: hex(START.light.brand),
    colorBrandBackgroundPressed: hex(START.light.brand),
    colorNeutralForegroundOnBrand: dark ? BLACK : WHITE,
    colorNeutralStroke1: mix(page, text, 0.2),
    colorNeutralStroke2: mix(page, text, 0.13),
    colorPaletteRedBorder1: WHITE,
    colorPaletteGreenBorder1: WHITE,
    colorPaletteYellowBorder1: WHITE,
  };
  const stepped = new Set<TokenName>();
  for (const rule of CONTRAST_RULES) {
    const step = STATE_STEP[rule.token];
    if (step !== undefined && !stepped.has(rule.token)) {
      // Hover and pressed: the primary button's settled fill, a step further from the page.
      v[rule.token] = mix(v.colorBrandBackground, away, step);
      stepped.add(rule.token);
    }
    v[rule.token] = ensureContrast(
      v[rule.token],
      rule.against.map((t) => v[t]),
      rule.min,
      away
    );
  }
  // Borders of the message bars: decorative (the icon and the title say the kind), a tint.
  v.colorPaletteRedBorder1 = mix(page, v.colorPaletteRedForeground1, 0.4);
  v.colorPaletteGreenBorder1 = mix(page, v.colorPaletteGreenForeground1, 0.4);
  v.colorPaletteYellowBorder1 = mix(page, v.colorPaletteDarkOrangeForeground1, 0.3);

  const tokens = Object.fromEntries(
    Object.entries(v).map(([name, color]) => [name, toHex(color)])
  ) as Record<TokenName, string>;
  const shadow = dark
    ? `0 0 0 1px ${tokens.colorNeutralStroke1}`
    : "0 0 2px rgba(0, 0, 0, 0.12), 0 1px 2px rgba(0, 0, 0, 0.14)";
  return { scheme, tokens, shadow };
}
