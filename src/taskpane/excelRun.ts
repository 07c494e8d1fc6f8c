/** Excel.run as the pane's modules take it: a parameter, so that tests can pass a mock of it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
