/**
 * What one insertion did to the workbook, written down as it happens. The rollback (rollback.ts)
 * removes or puts back what is in here and nothing else, whatever the template contains:
 * - the sheets: the ids insertWorksheetsFromBase64 returned (null until it has returned);
 * - workbook names it added: the template's names Excel brought along with the sheets, and the
 *   names the insertion added or pointed at its sheets, each with the formula Excel reported right
 *   after the insertion's own write (so that a later change by someone else can be seen);
 * - workbook names that existed before and that Excel changed while it inserted the sheets, with
 *   both formulas (the insertion itself never writes a name that was there before);
 * - charts it added, by sheet id and chart name.
 * "Before" is the workbook's names as read in the insertion's own batch, right before the sheets
 * go in (namesBeforeInsertion): Excel applies a batch's operations back to back, so what differs
 * from them right after is the insertion's, never a co-author's edit since the snapshot.
 */
import { formulaText, type NameInfo, type WorkbookSnapshot } from "./snapshot";

export interface TrackedName {
  readonly name: string;
  /**
   * The formulas the insertion may have left the name with: as Excel reported it after the
   * insertion's last write, and any write whose sync failed (it may or may not have applied).
   */
  readonly formulas: readonly string[];
}
export interface ChangedName {
  readonly name: string;
  /** The formula right before the insertion, as Excel reported it (maybe localized, #2834). */
  readonly before: string;
  /** The formula Excel left it with, as Excel reported it right after the sheets went in. */
  readonly after: readonly string[];
}

/**
 * Whether a name's formula is one the insertion left: Excel may quote a sheet name where the
 * insertion did not, so quotes and letter case do not count.
 */
export function leftByInsertion(formula: string, formulas: readonly string[]): boolean {
  const plain = (f: string) => f.replace(/'/g, "").toLowerCase();
  return formulas.some((f) => plain(f) === plain(formula));
}
export interface TrackedChart {
  readonly sheetId: string;
  readonly name: string;
}

export class InsertionLedger {
  /** The ids insertWorksheetsFromBase64 returned; null until it has returned. */
  sheetIds: readonly string[] | null = null;
  /** The inserted sheets' names by id, as last seen (for the report). */
  readonly sheetNames = new Map<string, string>();
  /** Workbook names the insertion added, by lower-case name. */
  readonly addedNames = new Map<string, TrackedName>();
  /** Workbook names that existed before and that Excel changed inserting the sheets, by lower-case name. */
  readonly changedNames = new Map<string, ChangedName>();
  readonly charts: TrackedChart[] = [];

  /** The workbook names before the insertion, by lower-case name (the snapshot's until then). */
  private before: ReadonlyMap<string, NameInfo>;

  constructor(snapshot: WorkbookSnapshot) {
    this.before = byName(snapshot.names);
  }

  /** The workbook names read in the insertion's batch, just before insertWorksheetsFromBase64. */
  namesBeforeInsertion(names: readonly NameInfo[]): void {
    this.before = byName(names);
  }

  /** Whether a workbook name was there before the insertion (then the insertion never writes it). */
  hadName(name: string): boolean {
    return this.before.has(name.toLowerCase());
  }

  sheetsInserted(sheets: readonly { readonly id: string; readonly name: string }[]): void {
    this.sheetIds = sheets.map((s) => s.id);
    for (const s of sheets) this.sheetNames.set(s.id, s.name);
  }

  /**
   * The workbook names right after the sheets went in (read in the same request): the template's
   * names that were not there before came with the sheets; names that were there and now read
   * differently were changed by Excel inserting them.
   */
  namesAfterInsertion(now: readonly NameInfo[], templateNames: readonly string[]): void {
    const template = new Set(templateNames.map((n) => n.toLowerCase()));
    for (const item of now) {
      const key = item.name.toLowerCase();
      const old = this.before.get(key);
      if (old === undefined) {
        if (template.has(key))
          this.addedNames.set(key, { name: item.name, formulas: [item.formula] });
      } else if (old.formula !== item.formula) {
        this.changedNames.set(key, { name: item.name, before: old.formula, after: [item.formula] });
      }
    }
  }

  /**
   * Before a sync that writes workbook names (names the insertion adds, never one that was there
   * before): if the sync fails part-way, each may read as before the write or as written.
   */
  namesWriting(writes: readonly { readonly name: string; readonly formula: string }[]): void {
    for (const { name, formula } of writes) {
      const key = name.toLowerCase();
      // A name that was there before is the user's: recorded as an addition, the rollback would
      // delete it.
      if (this.before.has(key)) throw new Error(`the insertion must not write the name ${name}`);
      const known = this.addedNames.get(key)?.formulas ?? [];
      this.addedNames.set(key, { name, formulas: [...known, formula] });
    }
  }

  /**
   * After the insertion wrote workbook names (`written`, as it named them): each now reads as
   * Excel reports it.
   */
  namesWritten(now: readonly NameInfo[], written: readonly string[]): void {
    const wrote = new Set(written.map((n) => n.toLowerCase()));
    for (const item of now) {
      const key = item.name.toLowerCase();
      if (wrote.has(key))
        this.addedNames.set(key, { name: item.name, formulas: [formulaText(item.formula)] });
    }
  }

  chartAdded(sheetId: string, name: string): void {
    this.charts.push({ sheetId, name });
  }
}

const byName = (names: readonly NameInfo[]): ReadonlyMap<string, NameInfo> =>
  new Map(names.map((n) => [n.name.toLowerCase(), n] as const));
