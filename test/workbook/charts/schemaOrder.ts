/**
 * Child order of the SpreadsheetML / DrawingML elements the chart writer emits, transcribed from
 * the sequences of ECMA-376 Part 1 (dml-chart.xsd, dml-main.xsd, dml-spreadsheetDrawing.xsd,
 * sml.xsd), so a test can check what `xmllint --noout` cannot: that every child is one the schema
 * allows there, in the schema's order, and the required ones are present. Choices (a:solidFill
 * or a:noFill, c:crosses or c:crossesAt, the plot kinds, the axis kinds) share one position.
 */
import { localName, type XmlElement } from "../../manifest/xml";

interface Rule {
  /** Positions in order; names separated by "|" are one position (a choice). */
  readonly order: readonly string[];
  readonly required?: readonly string[];
}

const FILL = "noFill|solidFill|gradFill|blipFill|pattFill|grpFill";
const TEXT_PROPS: Rule = {
  order: [
    "ln",
    FILL,
    "effectLst|effectDag",
    "highlight",
    "uLnTx|uLn",
    "uFillTx|uFill",
    "latin",
    "ea",
    "cs",
    "sym",
    "hlinkClick",
    "hlinkMouseOver",
    "rtl",
    "extLst",
  ],
};
const DLBL_GROUP = [
  "numFmt",
  "spPr",
  "txPr",
  "dLblPos",
  "showLegendKey",
  "showVal",
  "showCatName",
  "showSerName",
  "showPercent",
  "showBubbleSize",
  "separator",
];
const AX_SHARED = [
  "axId",
  "scaling",
  "delete",
  "axPos",
  "majorGridlines",
  "minorGridlines",
  "title",
  "numFmt",
  "majorTickMark",
  "minorTickMark",
  "tickLblPos",
  "spPr",
  "txPr",
  "crossAx",
  "crosses|crossesAt",
];
const PLOTS =
  "areaChart|area3DChart|lineChart|line3DChart|stockChart|radarChart|scatterChart|pieChart|pie3DChart|doughnutChart|barChart|bar3DChart|ofPieChart|surfaceChart|surface3DChart|bubbleChart";

/** Rules by element name; series by "parentPlot/ser". */
const RULES: Readonly<Record<string, Rule>> = {
  "c:chartSpace": {
    order: [
      "date1904",
      "lang",
      "roundedCorners",
      "AlternateContent",
      "style",
      "clrMapOvr",
      "pivotSource",
      "protection",
      "chart",
      "spPr",
      "txPr",
      "externalData",
      "printSettings",
      "userShapes",
      "extLst",
    ],
    required: ["chart"],
  },
  "c:chart": {
    order: [
      "title",
      "autoTitleDeleted",
      "pivotFmts",
      "view3D",
      "floor",
      "sideWall",
      "backWall",
      "plotArea",
      "legend",
      "plotVisOnly",
      "dispBlanksAs",
      "showDLblsOverMax",
      "extLst",
    ],
    required: ["plotArea"],
  },
  "c:title": { order: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"] },
  "c:plotArea": {
    order: ["layout", PLOTS, "valAx|catAx|dateAx|serAx", "dTable", "spPr", "extLst"],
  },
  "c:barChart": {
    order: [
      "barDir",
      "grouping",
      "varyColors",
      "ser",
      "dLbls",
      "gapWidth",
      "overlap",
      "serLines",
      "axId",
      "extLst",
    ],
    required: ["barDir", "axId"],
  },
  "c:lineChart": {
    order: [
      "grouping",
      "varyColors",
      "ser",
      "dLbls",
      "dropLines",
      "hiLowLines",
      "upDownBars",
      "marker",
      "smooth",
      "axId",
      "extLst",
    ],
    required: ["grouping", "axId"],
  },
  "c:pieChart": { order: ["varyColors", "ser", "dLbls", "firstSliceAng", "extLst"] },
  "c:doughnutChart": {
    order: ["varyColors", "ser", "dLbls", "firstSliceAng", "holeSize", "extLst"],
  },
  "c:barChart/ser": {
    order: [
      "idx",
      "order",
      "tx",
      "spPr",
      "invertIfNegative",
      "pictureOptions",
      "dPt",
      "dLbls",
      "trendline",
      "errBars",
      "cat",
      "val",
      "shape",
      "extLst",
    ],
    required: ["idx", "order"],
  },
  "c:lineChart/ser": {
    order: [
      "idx",
      "order",
      "tx",
      "spPr",
      "marker",
      "dPt",
      "dLbls",
      "trendline",
      "errBars",
      "cat",
      "val",
      "smooth",
      "extLst",
    ],
    required: ["idx", "order"],
  },
  "c:pieChart/ser": {
    order: ["idx", "order", "tx", "spPr", "explosion", "dPt", "dLbls", "cat", "val", "extLst"],
    required: ["idx", "order"],
  },
  "c:doughnutChart/ser": {
    order: ["idx", "order", "tx", "spPr", "explosion", "dPt", "dLbls", "cat", "val", "extLst"],
    required: ["idx", "order"],
  },
  "c:dLbls": {
    order: ["dLbl", "delete", ...DLBL_GROUP, "showLeaderLines", "leaderLines", "extLst"],
  },
  "c:dLbl": {
    order: ["idx", "delete", "layout", "tx", ...DLBL_GROUP, "extLst"],
    required: ["idx"],
  },
  "c:dPt": {
    order: [
      "idx",
      "invertIfNegative",
      "marker",
      "bubble3D",
      "explosion",
      "spPr",
      "pictureOptions",
      "extLst",
    ],
    required: ["idx"],
  },
  "c:marker": { order: ["symbol", "size", "spPr", "extLst"] },
  "c:catAx": {
    order: [
      ...AX_SHARED,
      "auto",
      "lblAlgn",
      "lblOffset",
      "tickLblSkip",
      "tickMarkSkip",
      "noMultiLvlLbl",
      "extLst",
    ],
    required: ["axId", "scaling", "axPos", "crossAx"],
  },
  "c:valAx": {
    order: [...AX_SHARED, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
    required: ["axId", "scaling", "axPos", "crossAx"],
  },
  "c:scaling": { order: ["logBase", "orientation", "max", "min", "extLst"] },
  "c:legend": {
    order: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  },
  "c:majorGridlines": { order: ["spPr"] },
  "c:tx": { order: ["strRef|rich|v"] },
  "c:cat": { order: ["multiLvlStrRef|numRef|numLit|strRef|strLit"] },
  "c:val": { order: ["numRef|numLit"] },
  "c:strRef": { order: ["f", "strCache", "extLst"], required: ["f"] },
  "c:numRef": { order: ["f", "numCache", "extLst"], required: ["f"] },
  "c:strCache": { order: ["ptCount", "pt", "extLst"] },
  "c:numCache": { order: ["formatCode", "ptCount", "pt", "extLst"], required: ["formatCode"] },
  "c:pt": { order: ["v"], required: ["v"] },
  "c:spPr": {
    order: [
      "xfrm",
      "custGeom|prstGeom",
      FILL,
      "ln",
      "effectLst|effectDag",
      "scene3d",
      "sp3d",
      "extLst",
    ],
  },
  "a:ln": {
    order: [
      "noFill|solidFill|gradFill|pattFill",
      "prstDash|custDash",
      "round|bevel|miter",
      "headEnd",
      "tailEnd",
      "extLst",
    ],
  },
  "c:txPr": { order: ["bodyPr", "lstStyle", "p"], required: ["bodyPr", "p"] },
  "c:rich": { order: ["bodyPr", "lstStyle", "p"], required: ["bodyPr", "p"] },
  "a:p": { order: ["pPr", "r|br|fld", "endParaRPr"] },
  "a:pPr": {
    order: [
      "lnSpc",
      "spcBef",
      "spcAft",
      "buClrTx|buClr",
      "buSzTx|buSzPct|buSzPts",
      "buFontTx|buFont",
      "buNone|buAutoNum|buChar|buBlip",
      "tabLst",
      "defRPr",
      "extLst",
    ],
  },
  "a:defRPr": TEXT_PROPS,
  "a:rPr": TEXT_PROPS,
  "a:r": { order: ["rPr", "t"], required: ["t"] },
  "a:solidFill": { order: ["scrgbClr|srgbClr|hslClr|sysClr|schemeClr|prstClr"] },
  "xdr:wsDr": { order: ["twoCellAnchor|oneCellAnchor|absoluteAnchor"] },
  "xdr:twoCellAnchor": {
    order: ["from", "to", "sp|grpSp|graphicFrame|cxnSp|pic|contentPart", "clientData"],
    required: ["from", "to", "clientData"],
  },
  "xdr:from": {
    order: ["col", "colOff", "row", "rowOff"],
    required: ["col", "colOff", "row", "rowOff"],
  },
  "xdr:to": {
    order: ["col", "colOff", "row", "rowOff"],
    required: ["col", "colOff", "row", "rowOff"],
  },
  "xdr:graphicFrame": {
    order: ["nvGraphicFramePr", "xfrm", "graphic", "extLst"],
    required: ["nvGraphicFramePr", "xfrm", "graphic"],
  },
  "xdr:nvGraphicFramePr": {
    order: ["cNvPr", "cNvGraphicFramePr"],
    required: ["cNvPr", "cNvGraphicFramePr"],
  },
  worksheet: {
    order: [
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "sheetCalcPr",
      "sheetProtection",
      "protectedRanges",
      "scenarios",
      "autoFilter",
      "sortState",
      "dataConsolidate",
      "customSheetViews",
      "mergeCells",
      "phoneticPr",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "printOptions",
      "pageMargins",
      "pageSetup",
      "headerFooter",
      "rowBreaks",
      "colBreaks",
      "customProperties",
      "cellWatches",
      "ignoredErrors",
      "smartTags",
      "drawing",
      "legacyDrawing",
      "legacyDrawingHF",
      "drawingHF",
      "picture",
      "oleObjects",
      "controls",
      "webPublishItems",
      "tableParts",
      "extLst",
    ],
    required: ["sheetData"],
  },
};

/** Elements whose children may repeat at their position. */
const REPEATS = new Set([
  "ser",
  "dLbl",
  "dPt",
  "pt",
  "p",
  "r|br|fld",
  "axId",
  "twoCellAnchor|oneCellAnchor|absoluteAnchor",
  "conditionalFormatting",
  PLOTS,
  "valAx|catAx|dateAx|serAx",
  "legendEntry",
  "trendline",
]);

function ruleFor(el: XmlElement, parent: XmlElement | undefined): Rule | undefined {
  if (localName(el.name) === "ser" && parent) return RULES[`${parent.name}/ser`];
  // The drawing's <c:chart r:id> is a relationship (CT_RelId), not the chart part's CT_Chart.
  if (el.name === "c:chart" && parent?.name === "a:graphicData") return undefined;
  return RULES[el.name];
}

/** Problems found in a document: "path: what". Empty when every rule holds. */
export function orderProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const visit = (el: XmlElement, parent: XmlElement | undefined, path: string): void => {
    const rule = ruleFor(el, parent);
    if (rule) {
      let last = -1;
      let lastSlot = "";
      for (const c of el.children) {
        const name = localName(c.name);
        const slot = rule.order.findIndex((o) => o.split("|").includes(name));
        const slotName = rule.order[slot] ?? "";
        if (slot < 0) problems.push(`${path}: <${c.name}> is not allowed in <${el.name}>`);
        else if (slot < last)
          problems.push(`${path}: <${c.name}> comes after <${lastSlot}> in <${el.name}>`);
        else if (slot === last && !REPEATS.has(slotName) && !REPEATS.has(name))
          problems.push(`${path}: <${c.name}> repeats in <${el.name}>`);
        if (slot >= 0) {
          last = slot;
          lastSlot = slotName;
        }
      }
      for (const r of rule.required ?? [])
        if (!el.children.some((c) => localName(c.name) === r))
          problems.push(`${path}: <${el.name}> lacks <${r}>`);
    }
    el.children.forEach((c, i) => visit(c, el, `${path}/${localName(c.name)}[${i}]`));
  };
  visit(root, undefined, localName(root.name));
  return problems;
}
