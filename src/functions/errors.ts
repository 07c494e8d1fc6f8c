/** Excel error codes the functions produce or pass through. */
export const ERROR_CODES = [
  "#VALUE!",
  "#NUM!",
  "#N/A",
  "#DIV/0!",
  "#NULL!",
  "#NAME?",
  "#REF!",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An Excel error as a value: what the model layer returns; the adapter turns it into CustomFunctions.Error. */
export class EcoError {
  /** The boundary's Excel error for this one, built once however many cells hold it (excel.ts)… */
  excel: unknown = undefined;
  /** …by this runtime's CustomFunctions.Error class. */
  excelBy: unknown = undefined;

  constructor(
    readonly code: ErrorCode,
    readonly message: string
  ) {}
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}

/** An Excel error passed in: its code (any "#…", so #SPILL!, #CALC!, #BUSY! too) and its own message. */
export interface InputError {
  readonly code: string;
  readonly message: string;
}

export function asInputError(value: unknown): InputError | undefined {
  if (value instanceof EcoError) return value;
  if (typeof value === "object" && value !== null && "code" in value) {
    const { code, message } = value as { code: unknown; message?: unknown };
    if (typeof code === "string" && code.startsWith("#")) {
      return { code, message: typeof message === "string" ? message : "" };
    }
  }
  return undefined;
}
