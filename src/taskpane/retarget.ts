/**
 * The insertion's re-pointing: when Excel renames an inserted sheet because its name is taken
 * ("Inputs" → "Inputs (2)"), the template's formulas that name it would read the user's sheet;
 * every such formula on the inserted sheets is pointed at the inserted copy (sheetRefs.ts).
 *
 * Sizes (issue 25): Excel on the web refuses a request or response over 5 MB, and the simulation
 * sheet's formulas alone are 4.5–4.75 MB. So:
 * - only sheets whose formulas can name a renamed sheet are read at all: the build-time contract
 *   says which sheets each template sheet's formulas name (TemplateContract.sheetFormulas);
 * - those are read in blocks of rows, each block's response at most BLOCK_BYTES by the
 *   contract's heaviest row of each sheet (blocks.ts), never by a row count; small sheets share
 *   a block;
 * - the re-pointed formulas are written as runs of adjacent cells in a row, queued until the
 *   request would pass BLOCK_BYTES; the next block's read travels with them.
 * Each block is written right after it was read (one round trip), as the whole sheet was before,
 * and only cells whose formula changes are written: nothing else on the sheet is touched.
 */
import type { SheetFormulas, TemplateContract } from "../workbook/contract";
import { BLOCK_BYTES, payloadBytes, rowsPerBlock, WRITE_OVERHEAD_BYTES } from "./blocks";
import type { PlacedSheet } from "./insert";
import { retargetFormula } from "./sheetRefs";

/** Rows of one sheet to read, and the bytes they may take by the contract. */
interface Piece {
  readonly id: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly bytes: number;
}

/** Blocks read so far out of all the blocks to read (the pane shows it when there are several). */
export type BlockProgress = (done: number, total: number) => void;

/**
 * The inserted sheets whose formulas can name a sheet that came in under another name. A sheet
 * the contract says nothing about is read (never skipped on a guess).
 */
export function sheetsToRetarget(
  placed: readonly PlacedSheet[],
  facts: TemplateContract["sheetFormulas"]
): PlacedSheet[] {
  const renamed = new Set(
    placed.filter((p) => p.actual !== p.template).map((p) => p.template.toLowerCase())
  );
  if (renamed.size === 0) return [];
  return placed.filter((p) => {
    const named: SheetFormulas | undefined = facts[p.template];
    return named === undefined || named.refersTo.some((t) => renamed.has(t.toLowerCase()));
  });
}

/**
 * Points every formula on the inserted sheets that names a template sheet at the inserted copy.
 * @requires ExcelApi 1.7
 */
export async function retargetFormulas(
  context: Excel.RequestContext,
  placed: readonly PlacedSheet[],
  facts: TemplateContract["sheetFormulas"],
  onBlock?: BlockProgress
): Promise<void> {
  const sheets = sheetsToRetarget(placed, facts);
  if (sheets.length === 0) return;
  const renamed = new Map(placed.map((p) => [p.template, p.actual] as const));
  // Where each sheet's cells are: one small request for all of them (valuesOnly: formatting alone
  // does not widen what is read).
  const used = sheets.map((p) => {
    const range = context.workbook.worksheets.getItem(p.id).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { sheet: p, range };
  });
  await context.sync();
  // Pieces of rows, each within the budget by the contract's heaviest row of its sheet…
  const pieces = used.flatMap(({ sheet, range }): Piece[] => {
    if (range.isNullObject) return [];
    // Without the contract's figure a row is sized as if every cell held Excel's longest formula.
    const rowBytes = facts[sheet.template]?.maxRowBytes ?? range.columnCount * 8192 * 2;
    const rows = rowsPerBlock(rowBytes);
    const out: Piece[] = [];
    for (let r = 0; r < range.rowCount; r += rows) {
      const count = Math.min(rows, range.rowCount - r);
      out.push({
        id: sheet.id,
        top: range.rowIndex + r,
        left: range.columnIndex,
        rows: count,
        columns: range.columnCount,
        bytes: count * rowBytes,
      });
    }
    return out;
  });
  // …and packed into blocks, one request each: small sheets share one.
  const blocks: Piece[][] = [];
  let size = 0;
  for (const piece of pieces) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && size + piece.bytes <= BLOCK_BYTES) {
      last.push(piece);
      size += piece.bytes;
    } else {
      blocks.push([piece]);
      size = piece.bytes;
    }
  }
  let queued = 0;
  for (const [index, block] of blocks.entries()) {
    const reads = block.map((piece) => {
      const ws = context.workbook.worksheets.getItem(piece.id);
      const range = ws.getRangeByIndexes(piece.top, piece.left, piece.rows, piece.columns);
      range.load("formulas");
      return { piece, ws, range };
    });
    // Carries the previous block's writes, if any. One request per block is the point here.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    queued = 0;
    onBlock?.(index + 1, blocks.length);
    for (const { piece, ws, range } of reads) {
      const grid: readonly (readonly unknown[])[] = range.formulas;
      for (const [r, row] of grid.entries()) {
        for (const run of changedRuns(row, renamed)) {
          const payload = [run.formulas];
          const bytes = payloadBytes(payload) + WRITE_OVERHEAD_BYTES;
          if (queued > 0 && queued + bytes > BLOCK_BYTES) {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a full request
            await context.sync();
            queued = 0;
          }
          ws.getRangeByIndexes(
            piece.top + r,
            piece.left + run.column,
            1,
            run.formulas.length
          ).formulas = payload;
          queued += bytes;
        }
      }
    }
  }
  if (queued > 0) await context.sync();
}

/** The runs of adjacent cells in `row` whose formula changes, with the new formulas. */
function changedRuns(
  row: readonly unknown[],
  renamed: ReadonlyMap<string, string>
): { column: number; formulas: string[] }[] {
  const runs: { column: number; formulas: string[] }[] = [];
  let current: { column: number; formulas: string[] } | null = null;
  row.forEach((cell, c) => {
    const fixed = typeof cell === "string" ? retargetFormula(cell, renamed) : cell;
    if (typeof cell !== "string" || fixed === cell) {
      current = null;
      return;
    }
    if (current === null) runs.push((current = { column: c, formulas: [] }));
    current.formulas.push(fixed as string);
  });
  return runs;
}
