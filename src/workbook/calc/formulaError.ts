/**
 * A formula the evaluator refuses: a syntax it does not read, a function it does not implement,
 * an array where Excel would silently intersect, a circular reference. Generation stops with the
 * cell and the reason, rather than caching a value Excel would not show.
 */
export class FormulaError extends Error {
  constructor(message: string) {
    super(`formula evaluator: ${message}`);
    this.name = "FormulaError";
  }
}
