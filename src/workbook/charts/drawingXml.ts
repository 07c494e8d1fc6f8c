/**
 * The sheet's drawing part (xl/drawings/drawingN.xml): one two-cell anchor per chart, and the
 * relationship parts that tie sheet → drawing → chart. Element order follows ECMA-376 Part 1,
 * §20.5 (CT_TwoCellAnchor, CT_GraphicalObjectFrame).
 */
import { parseCell } from "./refs";
import { el, XML_DECLARATION } from "./xml";

export const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export interface Anchor {
  /** Shape name (Excel shows it as the chart's name; the task pane sets the same one). */
  readonly name: string;
  /** Alternative text for screen readers. */
  readonly description: string;
  readonly topLeft: string;
  /** Covered fully, as the Excel API's Chart.setPosition(startCell, endCell) does. */
  readonly bottomRight: string;
  /** Relationship id of the chart part in the drawing's rels. */
  readonly relId: string;
}

const marker = (tag: "xdr:from" | "xdr:to", col: number, row: number): string =>
  el(
    tag,
    {},
    el("xdr:col", {}, String(col)),
    el("xdr:colOff", {}, "0"),
    el("xdr:row", {}, String(row)),
    el("xdr:rowOff", {}, "0")
  );

function anchorXml(a: Anchor, shapeId: number): string {
  const from = parseCell(a.topLeft);
  const to = parseCell(a.bottomRight);
  return el(
    "xdr:twoCellAnchor",
    {},
    // Markers are zero-based; the end marker is the corner after the bottom-right cell.
    marker("xdr:from", from.col - 1, from.row - 1),
    marker("xdr:to", to.col, to.row),
    el(
      "xdr:graphicFrame",
      { macro: "" },
      el(
        "xdr:nvGraphicFramePr",
        {},
        el("xdr:cNvPr", { id: shapeId, name: a.name, descr: a.description }),
        el("xdr:cNvGraphicFramePr")
      ),
      el("xdr:xfrm", {}, el("a:off", { x: 0, y: 0 }), el("a:ext", { cx: 0, cy: 0 })),
      el(
        "a:graphic",
        {},
        el(
          "a:graphicData",
          { uri: "http://schemas.openxmlformats.org/drawingml/2006/chart" },
          el("c:chart", {
            "xmlns:c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
            "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "r:id": a.relId,
          })
        )
      )
    ),
    el("xdr:clientData")
  );
}

export function drawingXml(anchors: readonly Anchor[]): string {
  return (
    XML_DECLARATION +
    el(
      "xdr:wsDr",
      {
        "xmlns:xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
        "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      },
      ...anchors.map((a, i) => anchorXml(a, i + 2))
    )
  );
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  return (
    XML_DECLARATION +
    el(
      "Relationships",
      { xmlns: "http://schemas.openxmlformats.org/package/2006/relationships" },
      ...rels.map((r) => el("Relationship", { Id: r.id, Type: r.type, Target: r.target }))
    )
  );
}
