/** Fluent-style 16 px icons as inline SVG (no inline styles, no fonts): decorative, hidden from AT. */
const SVG = "http://www.w3.org/2000/svg";

export const ICONS = {
  globe:
    "M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM2.54 8.5h2.48c.05 1.5.3 2.86.7 3.86A5.5 5.5 0 0 1 2.54 8.5Zm2.48-1H2.54a5.5 5.5 0 0 1 3.18-3.86c-.4 1-.65 2.36-.7 3.86Zm1 0C6.1 5.2 6.93 2.74 8 2.54c1.07.2 1.9 2.66 1.98 4.96H6.02Zm0 1h3.96C9.9 10.8 9.07 13.26 8 13.46c-1.07-.2-1.9-2.66-1.98-4.96Zm4.96 0h2.48a5.5 5.5 0 0 1-3.18 3.86c.4-1 .65-2.36.7-3.86Zm0-1c-.05-1.5-.3-2.86-.7-3.86a5.5 5.5 0 0 1 3.18 3.86h-2.48Z",
  chevronDown:
    "M3.15 5.65a.5.5 0 0 1 .7 0L8 9.79l4.15-4.14a.5.5 0 1 1 .7.7l-4.5 4.5a.5.5 0 0 1-.7 0l-4.5-4.5a.5.5 0 0 1 0-.7Z",
  /** A filled circle with "!" (error) */
  error:
    "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 9.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5ZM8 4a.6.6 0 0 0-.6.6v4.3a.6.6 0 0 0 1.2 0V4.6A.6.6 0 0 0 8 4Z",
  /** A filled circle with a check mark (success) */
  success:
    "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.85 4.65a.5.5 0 0 0-.7 0L7 8.79 5.85 7.65a.5.5 0 1 0-.7.7l1.5 1.5a.5.5 0 0 0 .7 0l3.5-3.5a.5.5 0 0 0 0-.7Z",
  /** A filled circle with "i" (information) */
  info: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 5.5a.6.6 0 0 0-.6.6v4.3a.6.6 0 0 0 1.2 0V7.1a.6.6 0 0 0-.6-.6ZM8 4a.75.75 0 1 0 0 1.5A.75.75 0 0 0 8 4Z",
  /** A filled triangle with "!" (warning) */
  warning:
    "M7.13 1.98a1 1 0 0 1 1.74 0l6 10.5A1 1 0 0 1 14 14H2a1 1 0 0 1-.87-1.52l6-10.5ZM8 10.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5ZM8 5a.6.6 0 0 0-.6.6v3.3a.6.6 0 0 0 1.2 0V5.6A.6.6 0 0 0 8 5Z",
} as const;

export type IconName = keyof typeof ICONS;

export function icon(name: IconName, className = `icon icon-${name}`): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", className);
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const shape = document.createElementNS(SVG, "path");
  shape.setAttribute("d", ICONS[name]);
  svg.append(shape);
  return svg;
}
