/**
 * One Excel operation at a time. The pane's operations on the workbook (insert, write an example,
 * self-test, repair) each take several requests; run side by side they could meet half-way (a
 * repair re-entering formulas in sheets an insertion is still building, a self-test's temporary
 * sheet caught by an insertion's rollback). The wiring (index.ts) passes each one through the same
 * queue: an operation starts when the one before it has settled, whatever its outcome.
 */
export type Serial = <T>(operation: () => Promise<T>) => Promise<T>;

export function serial(): Serial {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const next = last.then(operation, operation);
    last = next.catch(() => undefined);
    return next;
  };
}
